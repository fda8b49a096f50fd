package org.kuzet.figure;

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

/** Figures other organisations reported: {@code /api/v1/reported-figures}. */
@RestController
@RequestMapping(value = "/api/v1/reported-figures", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportedFigureApi {

    private final ReportedFigures figures;
    private final Requests requests;

    ReportedFigureApi(ReportedFigures figures, Requests requests) {
        this.figures = figures;
        this.requests = requests;
    }

    /**
     * Reported figures whose period overlaps {@code from}–{@code to}, of an incident {@code type}, under an
     * {@code article} ({@code CC-405}), in a {@code region} (a place code, the places within it included), reported by
     * an organisation ({@code reportedBy=key}), matching words {@code q}; in the order of their periods.
     */
    @GetMapping
    PageOf<ReportedFigureDocument> list(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String article,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String reportedBy,
                                        @RequestParam(required = false) String q,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return figures.list(new ReportedFigures.Filter(from, to, type, article, region, reportedBy, q), page, size);
    }

    @GetMapping("/{ref}")
    ReportedFigureDocument get(@PathVariable String ref) {
        return figures.get(ref);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ReportedFigureDocument create(@RequestBody ReportedFigureDocument doc) {
        return figures.create(doc, requests.userId());
    }

    @PutMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportedFigureDocument update(@PathVariable String ref, @RequestBody ReportedFigureDocument doc) {
        return figures.update(ref, doc, requests.userId());
    }

    @DeleteMapping(value = "/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String ref, @RequestBody DeleteRequest request) {
        figures.delete(ref, request.reason(), requests.userId());
    }
}
