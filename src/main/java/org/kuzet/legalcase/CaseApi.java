package org.kuzet.legalcase;

import org.kuzet.api.DeleteRequest;
import org.kuzet.api.Requests;
import org.kuzet.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(value = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApi {

    private final LegalCases cases;
    private final Requests requests;

    CaseApi(LegalCases cases, Requests requests) {
        this.cases = cases;
        this.requests = requests;
    }

    /** Cases of a person ({@code person=key}), under an article ({@code article=CC-405}, or {@code code=CC&article=405}), of a kind. */
    @GetMapping
    PageOf<CaseDocument> list(@RequestParam(required = false) String person, @RequestParam(required = false) String code,
                              @RequestParam(required = false) String article, @RequestParam(required = false) String kind,
                              @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return cases.list(new LegalCases.Filter(person, code, article, kind, q), page, size);
    }

    @GetMapping("/{ref}")
    CaseDocument get(@PathVariable String ref) {
        return cases.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CaseDocument create(@RequestBody CaseDocument doc) {
        return cases.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseDocument update(@PathVariable String ref, @RequestBody CaseDocument doc) {
        return cases.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        cases.delete(ref, request.reason(), requests.userId());
    }
}
