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
@RequestMapping(value = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactApi {

    private final Contacts contacts;
    private final Requests requests;

    ContactApi(Contacts contacts, Requests requests) {
        this.contacts = contacts;
        this.requests = requests;
    }

    @GetMapping
    PageOf<ContactDocument> list(@RequestParam(required = false) String q, @RequestParam(required = false) String organization,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return contacts.list(new ContactFilter(q, organization, sort), page, size);
    }

    @GetMapping("/{ref}")
    ContactDocument get(@PathVariable String ref) {
        return contacts.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ContactDocument create(@RequestBody ContactDocument doc) {
        return contacts.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactDocument update(@PathVariable String ref, @RequestBody ContactDocument doc) {
        return contacts.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        contacts.delete(ref, request.reason(), requests.userId());
    }
}
