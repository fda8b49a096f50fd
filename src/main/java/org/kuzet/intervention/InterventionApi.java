package org.kuzet.intervention;

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
@RequestMapping(value = "/api/v1/interventions", produces = MediaType.APPLICATION_JSON_VALUE)
class InterventionApi {

    private final Interventions interventions;
    private final Requests requests;

    InterventionApi(Interventions interventions, Requests requests) {
        this.interventions = interventions;
        this.requests = requests;
    }

    /** Interventions on behalf of a person ({@code person=key}), about an incident ({@code incident=key}), of a kind, latest first. */
    @GetMapping
    PageOf<InterventionDocument> list(@RequestParam(required = false) String person,
                                      @RequestParam(required = false) String incident,
                                      @RequestParam(required = false) String kind,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return interventions.list(new Interventions.Filter(person, incident, kind), page, size);
    }

    @GetMapping("/{ref}")
    InterventionDocument get(@PathVariable String ref) {
        return interventions.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    InterventionDocument create(@RequestBody InterventionDocument doc) {
        return interventions.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    InterventionDocument update(@PathVariable String ref, @RequestBody InterventionDocument doc) {
        return interventions.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        interventions.delete(ref, request.reason(), requests.userId());
    }
}
