package org.kuzet.organization;

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
@RequestMapping(value = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganizationApi {

    private final Organizations organizations;
    private final Requests requests;

    OrganizationApi(Organizations organizations, Requests requests) {
        this.organizations = organizations;
        this.requests = requests;
    }

    @GetMapping
    PageOf<OrganizationDocument> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                      @RequestParam(required = false) String sort,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return organizations.list(new OrganizationFilter(q, kind, sort), page, size);
    }

    @GetMapping("/{ref}")
    OrganizationDocument get(@PathVariable String ref) {
        return organizations.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationDocument create(@RequestBody OrganizationDocument doc) {
        return organizations.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    OrganizationDocument update(@PathVariable String ref, @RequestBody OrganizationDocument doc) {
        return organizations.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        organizations.delete(ref, request.reason(), requests.userId());
    }
}
