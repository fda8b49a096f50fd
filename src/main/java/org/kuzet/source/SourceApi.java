package org.kuzet.source;

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
@RequestMapping(value = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceApi {

    private final Sources sources;
    private final Requests requests;

    SourceApi(Sources sources, Requests requests) {
        this.sources = sources;
        this.requests = requests;
    }

    @GetMapping
    PageOf<SourceDocument> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return sources.list(new SourceFilter(q), page, size);
    }

    @GetMapping("/{ref}")
    SourceDocument get(@PathVariable String ref) {
        return sources.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SourceDocument create(@RequestBody SourceDocument doc) {
        return sources.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SourceDocument update(@PathVariable String ref, @RequestBody SourceDocument doc) {
        return sources.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        sources.delete(ref, request.reason(), requests.userId());
    }
}
