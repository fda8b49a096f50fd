package org.kuzet.reporting;

import java.util.List;
import org.kuzet.api.DeleteRequest;
import org.kuzet.api.Requests;
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
@RequestMapping(value = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
class RecommendationApi {

    private final Recommendations recommendations;
    private final Requests requests;

    RecommendationApi(Recommendations recommendations, Requests requests) {
        this.recommendations = recommendations;
        this.requests = requests;
    }

    @GetMapping
    List<RecommendationDocument> list(@RequestParam(required = false) List<String> right) {
        return recommendations.list(right == null || right.isEmpty() ? null : right);
    }

    @GetMapping("/{key}")
    RecommendationDocument get(@PathVariable String key) {
        return recommendations.get(key);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationDocument create(@RequestBody RecommendationDocument doc) {
        return recommendations.create(doc, requests.userId());
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecommendationDocument update(@PathVariable String key, @RequestBody RecommendationDocument doc) {
        return recommendations.update(key, doc, requests.userId());
    }

    @DeleteMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestBody DeleteRequest request) {
        recommendations.delete(key, request.reason(), requests.userId());
    }
}
