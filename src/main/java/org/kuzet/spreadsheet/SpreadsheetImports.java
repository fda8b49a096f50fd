package org.kuzet.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.identity.Duplicates;
import org.kuzet.incident.Incidents;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.organization.Organizations;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.CsvTable;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordStore;
import org.kuzet.shared.RecordsChanged;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV or XLSX sheet as records of one kind (docs/import-mapping.md). The file is read twice as a stream,
 * never held: the first pass checks every row (each cell read into the record, which the record's own service then
 * checks as it would a form or an API call) and lists every problem by row and column; the second, only when there is
 * no error — or when the caller asks to skip the invalid rows — writes the rows in the same transaction, as the
 * signed-in user, under the user's clearance. A dry run stops after the first pass. On an error in the second pass
 * (a record taken meanwhile) the transaction rolls back and nothing is written.
 */
@Service
public class SpreadsheetImports {

    /**
     * The kinds of record a sheet can hold, as {@code --kind} and the API name them; {@code acled} is a file of ACLED's
     * event data in ACLED's own layout, imported as incidents (docs/acled.md, "Import").
     */
    public static final List<String> KINDS = List.of("incidents", "persons", "organizations", "cases", "sources", "acled");
    /** The longest cell read, in characters: a longer one is refused before it is held. */
    public static final int CELL_LIMIT = 100_000;
    /** The columns by which a sheet of incidents is known to be an ACLED file. */
    private static final List<String> ACLED_HEADER = List.of("event_id_cnty", "event_date", "sub_event_type");
    /** How many problems an outcome lists; the counts go on. */
    public static final int PROBLEMS_LISTED = 1000;

    private final Map<String, RowKind<?, ?>> kinds = new LinkedHashMap<>();
    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final Duplicates duplicates;
    private final ApplicationEventPublisher events;

    public SpreadsheetImports(Incidents incidents, Persons persons, Organizations organizations, Sources sources,
                              LegalCases cases, Vocabularies vocabularies, MessageSource messages, Duplicates duplicates,
                              ApplicationEventPublisher events) {
        kinds.put("incidents", new IncidentRows(incidents));
        kinds.put("persons", new PersonRows(persons));
        kinds.put("organizations", new OrganizationRows(organizations));
        kinds.put("cases", new CaseRows(cases));
        kinds.put("sources", new SourceRows(sources));
        kinds.put("acled", new AcledRows(incidents, sources));
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.duplicates = duplicates;
        this.events = events;
    }

    /**
     * What to import: {@code rejects}, when given, asks to import the valid rows and write the others, with a
     * {@code reason} column, to that CSV file.
     */
    public record Request(Path file, SpreadsheetFormat format, String kind, ImportMapping mapping, boolean dryRun,
                         Path rejects) {

        public Request {
            mapping = mapping == null ? ImportMapping.NONE : mapping;
        }
    }

    /**
     * What an import found and did: the data rows read, those written, those rejected and those left out on purpose
     * (each with its reason among the warnings), the problems (the first {@link #PROBLEMS_LISTED}) and how many there
     * were of each.
     */
    public record Outcome(long rows, long imported, long rejected, long leftOut, long errors, long warnings,
                          List<ImportProblem> problems, boolean written) {

        public boolean hasProblems() {
            return errors + warnings > 0;
        }

        /** The rows an import writes when none has an error: all but those left out. */
        public long toImport() {
            return rows - leftOut;
        }
    }

    /** What the rows of {@code kind} become, as a message names them: "incidents" for an ACLED file. */
    public String records(String kind) {
        return kind(kind).records();
    }

    /** Told how far an import has read: pass 1 checks, pass 2 writes. */
    @FunctionalInterface
    public interface Progress {
        void rows(int pass, long rows);

        Progress NONE = (pass, rows) -> { };
    }

    /** The header of a sheet as read (header → field, "" for a column without one) and its first rows. */
    public record Preview(List<Map.Entry<String, String>> columns, List<String> fields, List<List<String>> rows,
                          List<ImportProblem> problems) {
    }

    /** Reads the header and the first {@code limit} rows, for the page that shows how the columns will be read. */
    public Preview preview(Path file, SpreadsheetFormat format, String kind, ImportMapping mapping, int limit) {
        RowKind<?, ?> rows = kind(kind, file, format);
        List<ImportProblem> problems = new ArrayList<>();
        List<List<String>> first = new ArrayList<>();
        Columns[] columns = new Columns[1];
        try {
            read(file, format, (number, cells) -> {
                if (columns[0] == null) {
                    columns[0] = Columns.resolve(cells, rows.fields(), mapping == null ? ImportMapping.NONE : mapping, problems);
                    return;
                }
                first.add(List.copyOf(cells));
                if (first.size() >= limit) {
                    throw new EnoughRows();
                }
            });
        } catch (EnoughRows e) {
            // the rest of the file is not needed for a preview
        }
        if (columns[0] == null) {
            throw new UnreadableFile("the file is empty");
        }
        return new Preview(columns[0].described(), rows.fields().stream().map(Field::name).toList(), first, problems);
    }

    /** Checks the sheet and, unless a dry run or when a row has an error (and invalid rows are not to be skipped), imports it. */
    @Transactional
    public Outcome run(Request request, Progress progress) {
        return runKind(kind(request.kind(), request.file(), request.format()), request, progress);
    }

    private <D extends RecordDocument<D>, V> Outcome runKind(RowKind<D, V> kind, Request request, Progress progress) {
        CellValues values = new CellValues(vocabularies, messages, request.mapping());
        RowKind.Context context = new RowKind.Context(request.mapping(), duplicates, true);
        KeyResolver refs = kind.references();
        Tally tally = new Tally();
        Set<String> keys = new HashSet<>();
        Columns[] columns = new Columns[1];
        read(request.file(), request.format(), (number, cells) -> {
            if (columns[0] == null) {
                List<ImportProblem> header = new ArrayList<>();
                columns[0] = Columns.resolve(cells, kind.fields(), request.mapping(), header);
                header.forEach(tally::add);
                tally.headerErrors = header.size();
                return;
            }
            Row row = new Row(number, cells, columns[0], request.mapping().separator());
            if (row.blank()) {
                return;
            }
            check(kind, row, values, context, refs);
            keyOnce(kind, row, keys);
            tally.rows++;
            tally.errorRows += row.hasErrors() ? 1 : 0;
            tally.leftOut += row.leftOut() && !row.hasErrors() ? 1 : 0;
            row.problems.forEach(tally::add);
            if (tally.rows % 1000 == 0) {
                progress.rows(1, tally.rows);
            }
        });
        if (columns[0] == null) {
            throw new UnreadableFile("the file is empty");
        }
        if (tally.rows == 0) {
            throw new UnreadableFile("the file has a header but no rows below it");
        }
        progress.rows(1, tally.rows);
        boolean write = !request.dryRun() && tally.headerErrors == 0
                && (tally.errorRows == 0 || request.rejects() != null);
        if (!write) {
            return tally.outcome(0, tally.errorRows, tally.leftOut, false);
        }
        kind.beforeWrites();
        RowKind.Context writing = new RowKind.Context(request.mapping(), duplicates, false);
        long[] written = {0, 0, 0};
        Columns header = columns[0];
        try (OutputStream rejectsOut = request.rejects() == null ? null : Files.newOutputStream(request.rejects());
             CsvTable.Rows rejects = rejectsOut == null ? null : rejectsFile(rejectsOut, header);
             RecordStore<D, V, ?>.Writes writes = kind.store().writes(RecordsChanged.IMPORTED, Actor.current().userId())) {
            boolean[] pastHeader = {false};
            Set<String> keysAgain = new HashSet<>();
            read(request.file(), request.format(), (number, cells) -> {
                if (!pastHeader[0]) {
                    pastHeader[0] = true;
                    return;
                }
                Row row = new Row(number, cells, header, request.mapping().separator());
                if (row.blank()) {
                    return;
                }
                // Without the warnings' lookups: the first pass told them (reading the persons already recorded under
                // a row's name once more for every row took most of the import's time), and now only errors count.
                Checked<D, V> checked = check(kind, row, values, writing, refs);
                keyOnce(kind, row, keysAgain);
                if (row.hasErrors()) {
                    if (rejects == null) {
                        // found only now (a key taken since the first pass): nothing of the import stays
                        throw new InvalidInputException(row.problems.stream().filter(ImportProblem::error)
                                .map(p -> new Problem("row " + p.row() + (p.column().isEmpty() ? "" : ", column \"" + p.column() + "\""),
                                        p.message())).toList());
                    }
                    reject(rejects, cells, header, row);
                    written[1]++;
                } else if (row.leftOut()) {
                    written[2]++;
                } else {
                    writes.add(checked.doc(), checked.valid());
                    written[0]++;
                }
                if ((written[0] + written[1] + written[2]) % 1000 == 0) {
                    progress.rows(2, written[0] + written[1] + written[2]);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.rows(2, written[0] + written[1] + written[2]);
        events.publishEvent(new AuditEvent("import", "spreadsheet", null, Map.of("kind", kind.name(),
                "format", request.format().code(), "imported", written[0], "rejected", written[1], "leftOut", written[2])));
        return tally.outcome(written[0], written[1], written[2], true);
    }

    /**
     * A key given to two rows is an error of the later one, in both passes alike: a row the check refused is never
     * written because the earlier row with its key was rejected for something else.
     */
    private static void keyOnce(RowKind<?, ?> kind, Row row, Set<String> keys) {
        Field keyField = kind.fields().getFirst();
        String key = row.text(keyField);
        if (key != null && !keys.add(key)) {
            row.problem(keyField, "'" + Row.abbreviate(key) + "' is the key of an earlier row too");
        }
    }

    private record Checked<D, V>(D doc, V valid) {
    }

    /**
     * One row read into its record and checked by the record's service; the problems go to the row. A row left out
     * is not checked as a record (it describes none).
     */
    private static <D extends RecordDocument<D>, V> Checked<D, V> check(RowKind<D, V> kind, Row row, CellValues values,
                                                                       RowKind.Context context, KeyResolver refs) {
        row.checkUnnamedCells();
        D doc = kind.document(row, values, context);
        if (row.leftOut()) {
            return null;
        }
        Checker checker = Checker.root();
        V valid = kind.store().validate(checker, doc, true, refs);
        checker.problems().forEach(p -> row.recordProblem(p.path(), p.message()));
        return new Checked<>(doc, valid);
    }

    /**
     * The rejects file, written by the one rule of every CSV Kuzet writes ({@link CsvTable}): a cell that starts like a
     * formula gets a quote before it, so the file is safe to open; UTF-8 with a byte-order mark.
     */
    private static CsvTable.Rows rejectsFile(OutputStream out, Columns header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add(header.header(i));
        }
        names.add("reason");
        return CsvTable.open(names, new java.io.BufferedOutputStream(out));
    }

    /** The row as it was, its cells in the header's columns, and why it was not imported. */
    private static void reject(CsvTable.Rows rejects, List<String> cells, Columns header, Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(header.size(), cells.size()); i++) {
            out.add(i < cells.size() ? cells.get(i) : "");
        }
        out.add(String.join("; ", row.problems.stream().filter(ImportProblem::error)
                .map(p -> (p.column().isEmpty() ? "" : p.column() + ": ") + p.message()).toList()));
        rejects.row(out);
    }

    private RowKind<?, ?> kind(String kind) {
        RowKind<?, ?> rows = kinds.get(kind);
        if (rows == null) {
            throw new UnreadableFile("'" + kind + "' is not a kind of record a sheet is imported as (" + String.join(", ", KINDS) + ")");
        }
        return rows;
    }

    /**
     * The rows of {@code kind} in this file: a sheet of incidents whose header is ACLED's (event_id_cnty, event_date
     * and sub_event_type among its columns) is an ACLED file, read as one rather than refused for 31 unknown columns.
     */
    private RowKind<?, ?> kind(String kind, Path file, SpreadsheetFormat format) {
        RowKind<?, ?> rows = kind(kind);
        if (!(rows instanceof IncidentRows)) {
            return rows;
        }
        List<String> header = new ArrayList<>();
        try {
            read(file, format, (number, cells) -> {
                cells.forEach(c -> header.add(Columns.normal(c)));
                throw new EnoughRows();
            });
        } catch (EnoughRows e) {
            // the header is all it takes
        } catch (UnreadableFile e) {
            return rows; // said again, the same, when the file is read for its rows
        }
        return header.containsAll(ACLED_HEADER) ? kinds.get("acled") : rows;
    }

    private static void read(Path file, SpreadsheetFormat format, RowVisitor visitor) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFile("no such file: " + file.getFileName());
            }
            if (format == SpreadsheetFormat.XLSX) {
                if (Files.size(file) == 0) {
                    throw new UnreadableFile("the file is empty");
                }
                XlsxRows.read(file, CELL_LIMIT, visitor);
            } else {
                Charset charset = CsvRows.detect(file);
                try (InputStream in = Files.newInputStream(file)) {
                    CsvRows.read(in, charset, CELL_LIMIT, visitor);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a read once a preview has its rows. */
    private static final class EnoughRows extends RuntimeException {
        EnoughRows() {
            super(null, null, false, false);
        }
    }

    /** The problems of the first pass, the first ones listed and all counted. */
    private static final class Tally {
        final List<ImportProblem> listed = new ArrayList<>();
        long errors;
        long warnings;
        long rows;
        long errorRows;
        long leftOut;
        long headerErrors;

        void add(ImportProblem p) {
            if (p.error()) {
                errors++;
            } else {
                warnings++;
            }
            if (listed.size() < PROBLEMS_LISTED) {
                listed.add(p);
            }
        }

        Outcome outcome(long imported, long rejected, long left, boolean written) {
            return new Outcome(rows, imported, rejected, left, errors, warnings, List.copyOf(listed), written);
        }
    }
}
