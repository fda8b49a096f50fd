package org.kuzet.identity;

import java.util.List;
import org.kuzet.api.Requests;
import org.kuzet.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicates, merge, undo and "not the same", for persons and organisations alike. The queue is for
 * editors, reviewers and administrators; merge, undo and "not the same" for reviewers and administrators
 * (see SecurityConfiguration and docs/security.md §8).
 */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class DuplicateApi {

    /** Body of a merge: the duplicate to fold into the record of the path, and that record's version as read. */
    record MergeRequest(String duplicate, Integer version) {
    }

    /** Body of "not the same": the other record. */
    record DistinctRequest(String other) {
    }

    private final Duplicates duplicates;
    private final Merges merges;

    DuplicateApi(Duplicates duplicates, Merges merges) {
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @GetMapping("/persons/duplicates")
    PageOf<DuplicatePair> persons(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return duplicates.queue(Subject.PERSON, page, size);
    }

    @GetMapping("/organizations/duplicates")
    PageOf<DuplicatePair> organizations(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return duplicates.queue(Subject.ORGANIZATION, page, size);
    }

    @GetMapping("/persons/{ref}/duplicates")
    List<DuplicatePair> ofPerson(@PathVariable String ref) {
        return of(Subject.PERSON, ref);
    }

    @GetMapping("/organizations/{ref}/duplicates")
    List<DuplicatePair> ofOrganization(@PathVariable String ref) {
        return of(Subject.ORGANIZATION, ref);
    }

    @PostMapping(value = "/persons/{ref}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    MergeResult mergePerson(@PathVariable String ref, @RequestBody MergeRequest request) {
        return merges.merge(Subject.PERSON, ref, request.duplicate(), request.version());
    }

    @PostMapping(value = "/organizations/{ref}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    MergeResult mergeOrganization(@PathVariable String ref, @RequestBody MergeRequest request) {
        return merges.merge(Subject.ORGANIZATION, ref, request.duplicate(), request.version());
    }

    @PostMapping("/persons/{ref}/merges/{mergeId}/undo")
    MergeResult undoPerson(@PathVariable String ref, @PathVariable long mergeId) {
        return merges.undo(Subject.PERSON, ref, mergeId);
    }

    @PostMapping("/organizations/{ref}/merges/{mergeId}/undo")
    MergeResult undoOrganization(@PathVariable String ref, @PathVariable long mergeId) {
        return merges.undo(Subject.ORGANIZATION, ref, mergeId);
    }

    @PostMapping(value = "/persons/{ref}/distinct", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void distinctPerson(@PathVariable String ref, @RequestBody DistinctRequest request) {
        duplicates.distinct(Subject.PERSON, ref, request.other());
    }

    @PostMapping(value = "/organizations/{ref}/distinct", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void distinctOrganization(@PathVariable String ref, @RequestBody DistinctRequest request) {
        duplicates.distinct(Subject.ORGANIZATION, ref, request.other());
    }

    private List<DuplicatePair> of(Subject subject, String ref) {
        return duplicates.of(subject, ref);
    }

    @ExceptionHandler(MergeConflictException.class)
    ProblemDetail conflict(MergeConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Merge conflict");
        p.setProperty("changed", e.changed());
        return p;
    }
}
