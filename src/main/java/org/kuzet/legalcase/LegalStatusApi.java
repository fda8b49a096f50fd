package org.kuzet.legalcase;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LegalStatusApi {

    private final LegalStatuses statuses;

    LegalStatusApi(LegalStatuses statuses) {
        this.statuses = statuses;
    }

    /** The person's legal status on {@code asOf} (default: today), derived from their cases, and its timeline. */
    @GetMapping(value = "/api/v1/persons/{ref}/legal-status", produces = MediaType.APPLICATION_JSON_VALUE)
    LegalStatusView status(@PathVariable String ref, @RequestParam(required = false) String asOf) {
        return statuses.of(ref, asOf);
    }
}
