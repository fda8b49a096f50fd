package org.kuzet.search;

import org.kuzet.shared.RequestLanguage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: one search across the record. Anonymous visitors (when public access is on) search
 * the published public records; every reader finds only what row-level security lets them see.
 */
@RestController
@RequestMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                        @RequestParam(required = false) String incidentType, @RequestParam(required = false) String right,
                        @RequestParam(required = false) String region, @RequestParam(required = false) String year,
                        @RequestParam(required = false) String organization, @RequestParam(required = false) String article,
                        @RequestParam(required = false) String perpetrator,
                        @RequestParam(required = false) String reviewStatus, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) {
        // reviewStatus, as the incident list and statistics name it; status is its older name here
        return search.search(new SearchRequest(q, type, incidentType, right, region, year, organization, article,
                perpetrator, reviewStatus != null ? reviewStatus : status, sort, page, size),
                RequestLanguage.current().orElse("en"));
    }
}
