package org.kuzet.event;

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
@RequestMapping(value = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
class EventApi {

    private final Events events;
    private final Requests requests;

    EventApi(Events events, Requests requests) {
        this.events = events;
        this.requests = requests;
    }

    /** Events that overlap the period {@code from}–{@code to} (ISO dates, either may be left out), in date order. */
    @GetMapping
    PageOf<EventDocument> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return events.list(new Events.Filter(from, to, q), page, size);
    }

    @GetMapping("/{ref}")
    EventDocument get(@PathVariable String ref) {
        return events.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EventDocument create(@RequestBody EventDocument doc) {
        return events.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EventDocument update(@PathVariable String ref, @RequestBody EventDocument doc) {
        return events.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        events.delete(ref, request.reason(), requests.userId());
    }
}
