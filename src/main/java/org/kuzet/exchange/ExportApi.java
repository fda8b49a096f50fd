package org.kuzet.exchange;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.shared.RequestLanguage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record as a file to download over HTTP ({@link Exports}). */
@RestController
class ExportApi {

    private final Exports exports;

    ExportApi(Exports exports) {
        this.exports = exports;
    }

    @Operation(summary = "Export the record as a file",
            description = "format: json (the interchange bundle), csv (a ZIP of one CSV file per kind of record) or "
                    + "xlsx (a workbook with one sheet per kind of record) or popolo (persons, organisations and memberships "
                    + "in Popolo JSON, alleged memberships marked kuzet:alleged). The export holds what the caller may "
                    + "see; public=true gives the public edition (only published public records, no person who did "
                    + "not consent to publication). Labels and dates in the request's language (?lang=).")
    @GetMapping("/api/v1/exports/{format}")
    void export(@PathVariable String format, @RequestParam(name = "public", defaultValue = "false") boolean publicEdition,
                HttpServletResponse response) throws IOException {
        exports.send(format, publicEdition, RequestLanguage.current().orElse("en"), response);
    }
}
