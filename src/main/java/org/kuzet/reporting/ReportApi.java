package org.kuzet.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kuzet.api.Requests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Generating reports, and the templates they follow (administrators edit and reset them). */
@RestController
class ReportApi {

    private final Reports reports;
    private final ReportTemplates templates;
    private final Requests requests;

    ReportApi(Reports reports, ReportTemplates templates, Requests requests) {
        this.reports = reports;
        this.templates = templates;
        this.requests = requests;
    }

    /** The report file, with its content type and a file name to save it under. */
    @PostMapping(value = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> generate(@RequestBody ReportRequest request) {
        GeneratedReport report = reports.generate(request);
        return download(report);
    }

    static ResponseEntity<byte[]> download(GeneratedReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, report.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(report.content());
    }

    @GetMapping(value = "/api/v1/report-templates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReportTemplates.Template> templates() {
        return templates.all();
    }

    @GetMapping(value = "/api/v1/report-templates/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportTemplates.Template template(@PathVariable String name) {
        return templates.get(name);
    }

    /** Saves the template; the body is the template as read, with its {@code version} and edited {@code definition}. */
    @PutMapping(value = "/api/v1/report-templates/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ReportTemplates.Template save(@PathVariable String name, @RequestBody ReportTemplates.Template body) {
        return templates.save(name, body.version(), body.definition(), requests.userId());
    }

    @PostMapping(value = "/api/v1/report-templates/{name}/reset", produces = MediaType.APPLICATION_JSON_VALUE)
    ReportTemplates.Template reset(@PathVariable String name) {
        return templates.reset(name);
    }
}
