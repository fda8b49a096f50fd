package org.kuzet.identity;

import java.util.List;
import org.kuzet.api.Requests;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient db;

    DuplicateApi(Duplicates duplicates, Merges merges, JdbcClient db) {
        this.duplicates = duplicates;
        this.merges = merges;
        this.db = db;
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

    @GetMapping("/{collection:persons|organizations}/{ref}/duplicates")
    List<DuplicatePair> of(@PathVariable String collection, @PathVariable String ref) {
        Subject subject = Subject.ofCollection(collection);
        long id = RecordRows.idOf(db, subject.table, ref).orElseThrow(() -> new RecordNotFoundException(subject.table, ref));
        return duplicates.of(subject, id);
    }

    @PostMapping(value = "/{collection:persons|organizations}/{ref}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    MergeResult merge(@PathVariable String collection, @PathVariable String ref, @RequestBody MergeRequest request) {
        return merges.merge(Subject.ofCollection(collection), ref, request.duplicate(), request.version());
    }

    @PostMapping("/{collection:persons|organizations}/{ref}/merges/{mergeId}/undo")
    MergeResult undo(@PathVariable String collection, @PathVariable String ref, @PathVariable long mergeId) {
        return merges.undo(Subject.ofCollection(collection), ref, mergeId);
    }

    @PostMapping(value = "/{collection:persons|organizations}/{ref}/distinct", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void distinct(@PathVariable String collection, @PathVariable String ref, @RequestBody DistinctRequest request) {
        duplicates.distinct(Subject.ofCollection(collection), ref, request.other());
    }

    @ExceptionHandler(MergeConflictException.class)
    ProblemDetail conflict(MergeConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Merge conflict");
        p.setProperty("changed", e.changed());
        return p;
    }
}
