package org.kuzet.history;

import java.util.List;
import org.kuzet.api.Requests;
import org.kuzet.shared.RecordDocument;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The history of each record, under its collection: {@code /api/v1/persons/person-42/history}. Listing needs an
 * account that sees the record; contents and revert need full clearance ({@link Histories}).
 */
@RestController
@RequestMapping(value = "/api/v1/{collection:incidents|persons|organizations|cases|sources|events|interventions|contacts|reported-figures}/{ref}/history",
        produces = MediaType.APPLICATION_JSON_VALUE)
class HistoryApi {

    private final Histories histories;
    private final Requests requests;

    HistoryApi(Histories histories, Requests requests) {
        this.histories = histories;
        this.requests = requests;
    }

    /** What {@code POST .../revert} takes: the record's current version, as the reverter read it. */
    record RevertRequest(Integer version) {
    }

    @GetMapping
    List<RecordVersion> list(@PathVariable String collection, @PathVariable String ref) {
        return histories.versions(collection, ref);
    }

    @GetMapping("/{version}")
    VersionContent version(@PathVariable String collection, @PathVariable String ref, @PathVariable int version) {
        return histories.content(collection, ref, version);
    }

    @PostMapping(value = "/{version}/revert", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecordDocument<?> revert(@PathVariable String collection, @PathVariable String ref, @PathVariable int version,
                             @RequestBody RevertRequest request) {
        return histories.revert(collection, ref, version, request.version(), requests.userId());
    }
}
