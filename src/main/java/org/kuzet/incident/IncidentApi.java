package org.kuzet.incident;

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
@RequestMapping(value = "/api/v1/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentApi {

    private final Incidents incidents;
    private final IncidentEntry entry;
    private final Requests requests;

    IncidentApi(Incidents incidents, IncidentEntry entry, Requests requests) {
        this.incidents = incidents;
        this.entry = entry;
        this.requests = requests;
    }

    /**
     * Filters, named as in the incident list, search and statistics: from/to (YYYY-MM-DD), region (a place code,
     * including the places within it; {@code place} is the older name of the same filter), type, right, person,
     * organization, article (CC-405), perpetrator (kind), reviewStatus, q; sort: date, -date, updatedAt, -updatedAt, key.
     */
    @GetMapping
    PageOf<IncidentDocument> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) Boolean undated,
                                  @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String place, @RequestParam(required = false) String type,
                                  @RequestParam(required = false) String right, @RequestParam(required = false) String person,
                                  @RequestParam(required = false) String organization,
                                  @RequestParam(required = false) String article,
                                  @RequestParam(required = false) String perpetrator,
                                  @RequestParam(required = false) String reviewStatus, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return incidents.list(new IncidentFilter(from, to, undated, region != null ? region : place, type, right, person, organization,
                article, perpetrator, reviewStatus, q, sort), page, size);
    }

    @GetMapping("/{ref}")
    IncidentDocument get(@PathVariable String ref) {
        return incidents.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IncidentDocument create(@RequestBody IncidentDocument doc) {
        return incidents.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    IncidentDocument update(@PathVariable String ref, @RequestBody IncidentDocument doc) {
        return incidents.update(ref, doc, requests.userId());
    }

    /** The version the reviewer read: {@code {"version": 3}}. */
    record ReviewRequest(Integer version) {
    }

    @PostMapping(value = "/{ref}/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    IncidentDocument verify(@PathVariable String ref, @RequestBody ReviewRequest request) {
        entry.verify(ref, request.version(), requests.userId());
        return incidents.get(ref);
    }

    @PostMapping(value = "/{ref}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    IncidentDocument publish(@PathVariable String ref, @RequestBody ReviewRequest request) {
        entry.publish(ref, request.version(), requests.userId());
        return incidents.get(ref);
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        incidents.delete(ref, request.reason(), requests.userId());
    }
}
