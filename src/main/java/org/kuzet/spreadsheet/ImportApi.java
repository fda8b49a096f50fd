package org.kuzet.spreadsheet;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A sheet imported over HTTP ({@link SpreadsheetImports}); the upload is kept in a temporary file for the two passes. */
@RestController
class ImportApi {

    private final SpreadsheetImports imports;

    ImportApi(SpreadsheetImports imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a CSV or XLSX sheet of incidents, persons, organizations, legal cases or sources, or an ACLED file as incidents",
            description = "Multipart fields: file (the sheet), kind (incidents, persons, organizations, cases, sources, or acled: a file of "
                    + "ACLED's event data in ACLED's layout, docs/acled.md), dryRun (true: only check), "
                    + "format (csv or xlsx; by default the file name's ending), mapping (optional, the JSON of a saved "
                    + "mapping, docs/import-mapping.md). Every row is checked first; on any error nothing is written. "
                    + "Answers the counts and the problems, each with its row (the header is row 1), column and "
                    + "message; error false marks a warning (a likely duplicate, never merged, or a row left out with "
                    + "its reason, counted in leftOut: an ACLED event already imported or of a type Kuzet does not "
                    + "record). 200 for a dry run "
                    + "and an import done, 422 with the same body when an import found errors and wrote nothing. "
                    + "Records are created as the caller, under the caller's clearance.")
    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                               @RequestParam(name = "kind", required = false) String kind,
                                               @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                                               @RequestParam(name = "format", required = false) String format,
                                               @RequestParam(name = "mapping", required = false) String mapping)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", file == null ? "is required: send the sheet as the multipart field 'file'"
                    : "the file is empty");
        }
        if (kind == null || !SpreadsheetImports.KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "must be one of " + String.join(", ", SpreadsheetImports.KINDS));
        }
        SpreadsheetFormat sheet = SpreadsheetFormat.of(format != null ? format : file.getOriginalFilename());
        if (sheet == null) {
            throw InvalidInputException.of("format", "must be csv or xlsx (the file name does not tell)");
        }
        ImportMapping saved;
        try {
            saved = mapping == null || mapping.isBlank() ? ImportMapping.NONE : ImportMapping.parse(mapping);
        } catch (UnreadableFile e) {
            throw InvalidInputException.of("mapping", e.getMessage());
        }
        Path upload = Files.createTempFile("kuzet-import-", "." + sheet.code());
        try {
            file.transferTo(upload);
            SpreadsheetImports.Outcome outcome = imports.run(new SpreadsheetImports.Request(upload, sheet, kind, saved,
                    dryRun, null), SpreadsheetImports.Progress.NONE);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("dryRun", dryRun);
            body.put("written", outcome.written());
            body.put("rows", outcome.rows());
            body.put("imported", outcome.imported());
            body.put("leftOut", outcome.leftOut());
            body.put("errors", outcome.errors());
            body.put("warnings", outcome.warnings());
            body.put("problems", outcome.problems());
            boolean refused = !dryRun && !outcome.written();
            return ResponseEntity.status(refused ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(body);
        } catch (UnreadableFile e) {
            throw InvalidInputException.of("file", e.getMessage());
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
