package org.kuzet.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kuzet.event.Events;
import org.kuzet.figure.ReportedFigures;
import org.kuzet.incident.Incidents;
import org.kuzet.intervention.Interventions;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.Organizations;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Clearance;
import org.kuzet.backup.PassphraseEncryption;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.CsvTable;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordDocument;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;

/**
 * The record as a file for someone outside Kuzet, in one of {@link #FORMATS}: the interchange bundle ({@code json}),
 * a ZIP of CSV files or an XLSX workbook with a table per kind of record ({@code csv}, {@code xlsx}, see
 * {@link Tables}), persons, organisations and memberships in Popolo JSON ({@code popolo}, see {@link Popolo}).
 *
 * <p>An export shows what its reader may see, never more: it is read through the record stores as the reader, so
 * that the database's row-level security decides. The public edition is read as an anonymous visitor, as public
 * reports are ({@code reporting.Reports}): only published, public records, and no person who did not consent to
 * publication. A reader whose clearance is public gets the public edition whatever was asked. The confidential
 * records an export holds are audited as read, one entry per kind, and the export itself as an {@code export} entry
 * with its format, edition and counts.
 */
@Service
public class Exports {

    public static final List<String> FORMATS = List.of("json", "csv", "xlsx", "popolo", "acled");
    /** How many rows of a sheet the workbook keeps in memory while it writes the rest to disk. */
    private static final int ROWS_IN_MEMORY = 200;

    private final Incidents incidents;
    private final Persons persons;
    private final Organizations organizations;
    private final LegalCases cases;
    private final Sources sources;
    private final Events eventRecords;
    private final Interventions interventions;
    private final ReportedFigures figures;
    private final Vocabularies vocabularies;
    private final BundleExporter bundle;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate snapshot;
    private final String baseUrl;

    Exports(Incidents incidents, Persons persons, Organizations organizations, LegalCases cases, Sources sources,
            Events eventRecords, Interventions interventions, ReportedFigures figures, Vocabularies vocabularies,
            BundleExporter bundle, MessageSource messages, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, @Value("${kuzet.base-url:}") String baseUrl) {
        this.incidents = incidents;
        this.persons = persons;
        this.organizations = organizations;
        this.cases = cases;
        this.sources = sources;
        this.eventRecords = eventRecords;
        this.interventions = interventions;
        this.figures = figures;
        this.vocabularies = vocabularies;
        this.bundle = bundle;
        this.messages = messages;
        this.events = events;
        this.baseUrl = baseUrl;
        this.snapshot = new TransactionTemplate(transactions);
        // one consistent view of the record for the whole file
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * What a download is called and what it holds.
     *
     * @param filename    e.g. {@code kuzet-export-public.xlsx}
     * @param contentType its media type
     * @param leftOut     how many records the format has no place for (an ACLED file has no incident without a day or
     *                    a month)
     */
    public record Download(String filename, String contentType, int leftOut) {

        Download(String filename, String contentType) {
            this(filename, contentType, 0);
        }

        Download leaving(int count) {
            return new Download(filename, contentType, count);
        }
    }

    /** The file name and media type of an export in {@code format}. */
    public static Download download(String format, boolean publicEdition) {
        String name = "kuzet-export" + (publicEdition ? "-public" : "");
        return switch (format) {
            case "json" -> new Download(name + ".json", "application/json");
            case "popolo" -> new Download(name + "-popolo.json", "application/json");
            case "acled" -> new Download(name + "-acled.csv", "text/csv; charset=UTF-8");
            case "csv" -> new Download(name + "-csv.zip", "application/zip");
            case "xlsx" -> new Download(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> throw new IllegalArgumentException("unknown export format '" + format + "'");
        };
    }

    /**
     * Writes the record in {@code format} onto {@code out} (left open), as the current reader may see it, or its
     * public edition; labels and dates in {@code language}.
     */
    public Download write(String format, boolean publicEdition, String language, OutputStream out) {
        Download download = download(format, publicEdition);
        Actor caller = Actor.current();
        boolean asPublic = publicEdition || caller.clearance() == Clearance.PUBLIC;
        Actor reader = asPublic ? Actor.PUBLIC : caller;
        if ("json".equals(format)) {
            BundleExporter.Bundle written = read(reader, bundle::write);
            write(out, written.json().getBytes(StandardCharsets.UTF_8));
            // the export is the caller's, whichever edition they asked for
            events.publishEvent(BundleExporter.exported(written, asPublic ? "public" : "internal"));
            return download;
        }
        if ("popolo".equals(format)) {
            Map<String, Object> popolo = read(reader, () -> popolo(language));
            write(out, (Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(popolo) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            events.publishEvent(new AuditEvent("export", "record", null, Map.of("format", format,
                    "edition", asPublic ? "public" : "internal", "counts", Map.of(
                            "persons", ((List<?>) popolo.get("persons")).size(),
                            "organizations", ((List<?>) popolo.get("organizations")).size(),
                            "memberships", ((List<?>) popolo.get("memberships")).size()))));
            return download;
        }
        if ("acled".equals(format)) {
            Acled.Rows acled = read(reader, this::acled);
            CsvTable.write(acled.sheet().headers(), acled.sheet().rows(), out, false);
            events.publishEvent(new AuditEvent("export", "record", null, Map.of("format", format,
                    "edition", asPublic ? "public" : "internal",
                    "counts", Map.of("incidents", acled.sheet().rows().size(), "leftOut", acled.leftOut()))));
            return download.leaving(acled.leftOut());
        }
        List<Sheet> sheets = read(reader, () -> tables(language));
        try {
            if ("csv".equals(format)) {
                csv(sheets, out);
            } else {
                xlsx(sheets, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        sheets.forEach(s -> counts.put(s.name(), s.rows().size()));
        events.publishEvent(new AuditEvent("export", "record", null,
                Map.of("format", format, "edition", asPublic ? "public" : "internal", "counts", counts)));
        return download;
    }

    /**
     * Answers an HTTP request with the export: written to a temporary file first (so that a failure answers an error,
     * never half a file, and memory does not grow with the record), then sent with its media type and a file name
     * to save it under. An unknown format is a 422 at {@code query.format}.
     */
    public void send(String format, boolean publicEdition, String language, HttpServletResponse response)
            throws IOException {
        send(format, publicEdition, language, null, response);
    }

    /**
     * {@link #send(String, boolean, String, HttpServletResponse)}, encrypted with {@code passphrase} when one is given
     * ({@link PassphraseEncryption}: {@code gpg --decrypt} opens it; the file's name gets {@code .gpg}).
     */
    public void send(String format, boolean publicEdition, String language, char[] passphrase,
                     HttpServletResponse response) throws IOException {
        if (!FORMATS.contains(format)) {
            throw InvalidInputException.of("query.format", "'" + format + "' is not one of " + String.join(", ", FORMATS));
        }
        Path file = Files.createTempFile("kuzet-export", "." + format);
        try {
            Download download;
            try (OutputStream plain = Files.newOutputStream(file);
                 OutputStream out = passphrase == null ? plain
                         : PassphraseEncryption.encrypting(plain, passphrase, download(format, publicEdition).filename())) {
                download = write(format, publicEdition, language, out);
            }
            boolean encrypted = passphrase != null;
            response.setContentType(encrypted ? "application/octet-stream" : download.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(download.filename() + (encrypted ? ".gpg" : "")).build().toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private <T> T read(Actor reader, Supplier<T> work) {
        return Actor.callAs(reader, () -> snapshot.execute(tx -> work.get()));
    }

    /** The tables, read in the caller's transaction as the current reader; the confidential records audited. */
    private List<Sheet> tables(String language) {
        var records = new Tables.Records(incidents.all(), persons.all(), organizations.all(), cases.all(), sources.all(),
                eventRecords.all(), interventions.all(), figures.all());
        audit(incidents.table(), records.incidents());
        audit(persons.table(), records.persons());
        audit(organizations.table(), records.organizations());
        audit(cases.table(), records.cases());
        audit(sources.table(), records.sources());
        audit(eventRecords.table(), records.events());
        audit(interventions.table(), records.interventions());
        audit(figures.table(), records.figures());
        var labels = new Tables.Labels(vocabularies.terms(), vocabularies.places(), vocabularies.articles(),
                language == null ? "en" : language, baseUrl, messages);
        return new Tables(records, labels).all();
    }

    /**
     * The incidents as ACLED rows, read as the current reader (the confidential ones audited), in English: ACLED's
     * language whatever the reader's.
     */
    private Acled.Rows acled() {
        var incidentList = incidents.all();
        audit(incidents.table(), incidentList);
        // the organisations and sources named in the file: the perpetrators' and the cited ones
        java.util.Set<String> named = new java.util.HashSet<>();
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (var i : incidentList) {
            if (i.perpetrators() != null) {
                i.perpetrators().forEach(p -> named.add(p.organization()));
            }
            if (i.sources() != null) {
                i.sources().forEach(c -> cited.add(c.source()));
            }
        }
        var orgs = organizations.all().stream().filter(o -> named.contains(o.key())).toList();
        var cites = sources.all().stream().filter(s -> cited.contains(s.key())).toList();
        audit(organizations.table(), orgs);
        audit(sources.table(), cites);
        var records = new Tables.Records(incidentList, List.of(), orgs, List.of(), cites, List.of(), List.of(), List.of());
        var places = vocabularies.places();
        var labels = new Tables.Labels(vocabularies.terms(), places, List.of(), "en", baseUrl, messages);
        return new Acled(new Tables(records, labels), places, java.time.Instant.now()).rows(incidentList);
    }

    /** Persons, organisations and memberships in Popolo, read as the current reader; the confidential ones audited. */
    private Map<String, Object> popolo(String language) {
        var people = persons.all();
        var orgs = organizations.all();
        audit(persons.table(), people);
        audit(organizations.table(), orgs);
        var records = new Tables.Records(List.of(), people, orgs, List.of(), List.of(), List.of(), List.of(), List.of());
        String lang = language == null ? "en" : language;
        var labels = new Tables.Labels(Map.of(), List.of(), List.of(), lang, baseUrl, messages);
        return new Popolo(new Tables(records, labels), lang, baseUrl != null && !baseUrl.isBlank())
                .document(people, orgs);
    }

    /** The confidential records of a kind in the export are a read, one entry for the lot. */
    private void audit(String table, List<? extends RecordDocument<?>> docs) {
        ConfidentialReads.auditDocuments(table, docs, events);
    }

    /** A ZIP holding one CSV file per table, {@code incidents.csv}, ... ({@link CsvTable}). */
    static void csv(List<Sheet> sheets, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Sheet sheet : sheets) {
            zip.putNextEntry(new ZipEntry(sheet.name() + ".csv"));
            CsvTable.write(sheet.headers(), sheet.rows(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * A workbook with one sheet per table, written with POI's streaming workbook: it keeps {@link #ROWS_IN_MEMORY}
     * rows of a sheet in memory and the rest in a temporary file, deleted when the workbook is closed. Cells are
     * filled by {@link CsvTable#set}; the header row is bold and frozen.
     */
    static void xlsx(List<Sheet> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Font bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            for (Sheet table : sheets) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    var cell = header.createCell(c);
                    CsvTable.set(cell, table.headers().get(c));
                    cell.setCellStyle(headerStyle);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        CsvTable.set(row.createCell(c), values.get(c));
                    }
                }
            }
            workbook.write(out);
            out.flush();
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
