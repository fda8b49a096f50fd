package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.spreadsheet.ImportMapping;
import org.kuzet.spreadsheet.SpreadsheetFormat;
import org.kuzet.spreadsheet.SpreadsheetImports;
import org.kuzet.spreadsheet.UnreadableFile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a sheet from the browser: upload (with a saved mapping, optionally), a preview of the first rows with
 * the field each column was read as (changeable), a check (dry run) listing every problem, then the import. The
 * upload waits in a temporary file that only this session can name, deleted after the import or with the session.
 *
 * <p>The session lives in the database (Spring Session), so each request reads its own copy of it: a change to the
 * uploads is set on the session again to be kept, and how far a running import has read is kept here, in the
 * instance running it, under the upload's id (random, and answered only to the session that owns the upload).
 */
@Controller
class ImportPages {

    private static final int PREVIEW_ROWS = 5;

    private final SpreadsheetImports imports;
    private final ImportUploadFolder folder;
    /** Rows read so far by the import of an upload running in another request: pass, rows. */
    private final Map<String, long[]> progress = new ConcurrentHashMap<>();

    ImportPages(SpreadsheetImports imports, ImportUploadFolder folder) {
        this.imports = imports;
        this.folder = folder;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("kinds", SpreadsheetImports.KINDS);
        return "imports/page";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "kind", defaultValue = "incidents") String kind,
                  @RequestParam(name = "mapping", required = false) MultipartFile mappingFile,
                  HttpSession session, HttpServletResponse response, Model model) throws IOException {
        model.addAttribute("kinds", SpreadsheetImports.KINDS);
        model.addAttribute("kind", kind);
        SpreadsheetFormat format = file == null ? null : SpreadsheetFormat.of(file.getOriginalFilename());
        if (file == null || file.isEmpty() || format == null || !SpreadsheetImports.KINDS.contains(kind)) {
            return refused(response, model, file == null || file.isEmpty() ? "imports.chooseFile" : "imports.notASheet");
        }
        ImportMapping mapping = ImportMapping.NONE;
        try {
            if (mappingFile != null && !mappingFile.isEmpty()) {
                mapping = ImportMapping.parse(new String(mappingFile.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (UnreadableFile e) {
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "imports/page";
        }
        Uploads uploads = uploads(session);
        String id = UUID.randomUUID().toString();
        Path path = folder.newFile("." + format.code());
        file.transferTo(path);
        uploads.put(id, new Upload(path.toString(), file.getOriginalFilename(), format));
        keep(session, uploads);
        return preview(id, uploads.get(id), kind, mapping, null, null, model, response);
    }

    @PostMapping("/imports/run")
    String run(@RequestParam MultiValueMap<String, String> form, HttpSession session, HttpServletResponse response,
               Model model) {
        model.addAttribute("kinds", SpreadsheetImports.KINDS);
        String kind = form.getFirst("kind");
        model.addAttribute("kind", kind);
        String id = form.getFirst("upload");
        Upload upload = id == null ? null : uploads(session).get(id);
        if (upload == null || kind == null || !SpreadsheetImports.KINDS.contains(kind)) {
            return refused(response, model, "imports.uploadGone");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; form.containsKey("header." + i); i++) {
            String header = form.getFirst("header." + i);
            String field = form.getFirst("field." + i);
            if (header != null && !header.isBlank() && field != null && !field.isBlank()) {
                columns.put(header, field);
            }
        }
        ImportMapping uploaded;
        try {
            uploaded = form.getFirst("uploadedMapping") == null || form.getFirst("uploadedMapping").isBlank()
                    ? ImportMapping.NONE : ImportMapping.parse(form.getFirst("uploadedMapping"));
        } catch (UnreadableFile e) {
            return refused(response, model, "imports.uploadGone");
        }
        // the columns as the selects say; the rest of a mapping given with the upload (values, separator) kept
        ImportMapping mapping = new ImportMapping(kind, columns, uploaded.listSeparator(), uploaded.originalLanguage(),
                uploaded.values());
        boolean dryRun = !"import".equals(form.getFirst("action"));
        SpreadsheetImports.Outcome outcome;
        Uploads uploads = uploads(session);
        try {
            outcome = imports.run(new SpreadsheetImports.Request(upload.path(), upload.format(), kind, mapping, dryRun, null),
                    (pass, rows) -> progress.put(id, new long[] {pass, rows}));
        } catch (UnreadableFile e) {
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "imports/page";
        } catch (InvalidInputException e) {
            // a record taken between the check and the write: nothing was written
            model.addAttribute("problem", String.join("; ", e.problems().stream().map(Object::toString).toList()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return preview(id, upload, kind, mapping, null, null, model, response);
        } finally {
            progress.remove(id);
        }
        if (outcome.written()) {
            uploads.remove(id);
            keep(session, uploads);
            model.addAttribute("outcome", outcome);
            model.addAttribute("done", true);
            return "imports/page";
        }
        if (!dryRun) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return preview(id, upload, kind, mapping, outcome, dryRun, model, response);
    }

    /**
     * How far the check or import of an upload has read, while its request runs: what the preview page shows under
     * its buttons, asked every two seconds (htmx) — the page stays shown while its form's request runs.
     */
    @GetMapping("/imports/progress")
    String progress(@RequestParam(name = "upload", required = false) String id, HttpSession session, Model model) {
        long[] read = id == null || uploads(session).get(id) == null ? null : progress.get(id);
        model.addAttribute("upload", id);
        model.addAttribute("pass", read == null ? 0 : (int) read[0]);
        model.addAttribute("rows", read == null ? 0 : read[1]);
        return "imports/progress";
    }

    private String preview(String id, Upload upload, String kind, ImportMapping mapping, SpreadsheetImports.Outcome outcome,
                           Boolean dryRun, Model model, HttpServletResponse response) {
        SpreadsheetImports.Preview preview;
        try {
            preview = imports.preview(upload.path(), upload.format(), kind, mapping, PREVIEW_ROWS);
        } catch (UnreadableFile e) {
            model.addAttribute("problem", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "imports/page";
        }
        model.addAttribute("preview", preview);
        model.addAttribute("upload", id);
        model.addAttribute("fileName", upload.name());
        // the fields of the rows as read: those of an ACLED file given as incidents (SpreadsheetImports.run)
        model.addAttribute("fields", preview.fields());
        model.addAttribute("mappingJson", mapping.columns().isEmpty() && mapping.values().isEmpty() ? null : mapping.toJson());
        model.addAttribute("outcome", outcome);
        model.addAttribute("checked", Boolean.TRUE.equals(dryRun));
        return "imports/page";
    }

    private static String refused(HttpServletResponse response, Model model, String messageKey) {
        model.addAttribute("problemKey", messageKey);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "imports/page";
    }

    /** Sets the changed uploads on the session again: a session kept in the database saves what is set on it. */
    private static void keep(HttpSession session, Uploads uploads) {
        session.setAttribute(Uploads.class.getName(), uploads);
    }

    private static Uploads uploads(HttpSession session) {
        Uploads uploads = (Uploads) session.getAttribute(Uploads.class.getName());
        if (uploads == null) {
            uploads = new Uploads();
            session.setAttribute(Uploads.class.getName(), uploads);
        }
        return uploads;
    }

    /** An uploaded sheet: where it waits (a path as text, so that the session stays serializable), its name, its format. */
    record Upload(String file, String name, SpreadsheetFormat format) implements Serializable {

        Path path() {
            return Path.of(file);
        }
    }

    /** The sheets this session uploaded and has not imported yet; their files go with the session. */
    static final class Uploads implements HttpSessionBindingListener, Serializable {

        private static final long serialVersionUID = 1L;

        private final Map<String, Upload> byId = new ConcurrentHashMap<>();

        void put(String id, Upload upload) {
            byId.put(id, upload);
        }

        /** The upload, marked used (see {@link ImportUploadFolder}); null if there is none of that id. */
        Upload get(String id) {
            Upload upload = byId.get(id);
            if (upload != null) {
                ImportUploadFolder.used(upload.path());
            }
            return upload;
        }

        void remove(String id) {
            Upload upload = byId.remove(id);
            if (upload != null) {
                delete(upload.path());
            }
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            deleteAll();
        }

        /** Deletes every upload of the session (at sign-out, and when a session held in memory ends). */
        void deleteAll() {
            byId.values().forEach(u -> delete(u.path()));
            byId.clear();
        }

        private static void delete(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
