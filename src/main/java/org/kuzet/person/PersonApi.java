package org.kuzet.person;

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
@RequestMapping(value = "/api/v1/persons", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonApi {

    private final Persons persons;
    private final Requests requests;

    PersonApi(Persons persons, Requests requests) {
        this.persons = persons;
        this.requests = requests;
    }

    @GetMapping
    PageOf<PersonDocument> list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                                @RequestParam(required = false) String organization,
                                @RequestParam(required = false) String place, @RequestParam(required = false) String sort,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return persons.list(new PersonFilter(q, role, organization, place, sort), page, size);
    }

    @GetMapping("/{ref}")
    PersonDocument get(@PathVariable String ref) {
        return persons.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PersonDocument create(@RequestBody PersonDocument doc) {
        return persons.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PersonDocument update(@PathVariable String ref, @RequestBody PersonDocument doc) {
        return persons.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        persons.delete(ref, request.reason(), requests.userId());
    }
}
