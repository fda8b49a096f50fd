package org.kuzet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kuzet.KuzetApplication;
import org.kuzet.backup.Backups;
import org.kuzet.cli.KuzetCommand;
import org.kuzet.exchange.BundleExporter;
import org.kuzet.exchange.BundleImporter;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Json;
import org.kuzet.shared.PageOf;
import org.kuzet.spreadsheet.SpreadsheetFormat;
import org.kuzet.spreadsheet.SpreadsheetImports;
import org.kuzet.storage.DatabaseServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark suite: generates a record at each requested scale, loads it through Kuzet's importer and the same
 * rows through PostgreSQL COPY, then times each workload through Kuzet's HTTP API and as the fastest plain SQL on the
 * same server, side by side, and writes the results to {@code bench/results/<date>-<scale>.md} and {@code .json}.
 * See bench/README.md.
 *
 * <p>Arguments: {@code --scale 10k|100k|1m|realistic|large|N[,...]} (default 10k), {@code --runs N} (timed runs per
 * workload, default 30), {@code --out DIR} (default bench/results), {@code --chunk N} (records per bundle file,
 * default 5000), {@code --seed N}, {@code --smoke} (a check that the suite still runs, for CI: results go to
 * target/bench-smoke unless --out is given; speed is never judged), {@code --reuse} (measure the workloads on the
 * record an earlier full run of the same scale and seed left in target/bench-data, without loading it again; results
 * go to {@code <date>-<scale>-workloads.md}), {@code --only TEXT[,TEXT…]} (only the workloads whose name contains one of them). The
 * exit status is non-zero only when the suite itself fails (an import refused, an API call answered with an error, SQL
 * that no longer runs), never for a missed target.
 */
public final class Bench {

    private static final String PASSWORD = "benchmark operator passphrase, long enough";
    // The exporter builds the whole bundle as one String: beyond this many incidents it would not fit the heap.
    private static final int EXPORT_AT_MOST = 200_000;
    // A briefing with its title, sections and embedded font is never this small; an empty or error file may be.
    private static final int REPORT_AT_LEAST = 4_096;

    public static void main(String[] args) throws Exception {
        List<String> scales = List.of("10k");
        int runs = 30;
        int chunk = 5_000;
        long seed = 20261123L;
        boolean smoke = false;
        boolean reuse = false;
        String only = "";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scales = List.of(args[++i].split(","));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--chunk" -> chunk = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--smoke" -> smoke = true;
                case "--reuse" -> reuse = true;
                case "--only" -> only = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (see bench/README.md)");
            }
        }
        if (runs < 1 || chunk < 1) {
            throw new IllegalArgumentException("--runs and --chunk must be at least 1");
        }
        if (out == null) {
            out = smoke ? Path.of("target", "bench-smoke") : Path.of("bench", "results");
        }
        Files.createDirectories(out);
        for (String name : scales) {
            long started = System.nanoTime();
            Generator.Scale scale = Generator.Scale.parse(name);
            Report report = run(scale, runs, chunk, seed, reuse, only, smoke);
            report.setting("whole run", "%,d s".formatted((System.nanoTime() - started) / 1_000_000_000L));
            String stamp = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
            // a run that reused a loaded record has no loading figures: it must not replace a full run's results
            String file = stamp + "-" + scale.name() + (reuse ? "-workloads" : "");
            Path markdown = out.resolve(file + ".md");
            Path json = out.resolve(file + ".json");
            Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
            Files.writeString(json, report.json(), StandardCharsets.UTF_8);
            System.out.println(report.markdown());
            System.out.println("written to " + markdown + " and " + json);
        }
        if (!smoke) {
            Growth.write(out);
        }
        System.exit(0);
    }

    private static Report run(Generator.Scale scale, int runs, int chunk, long seed, boolean reuse, String only, boolean smoke)
            throws Exception {
        Path work = Path.of("target", "bench-data").toAbsolutePath();
        Path dataDir = work.resolve(scale.name());
        Path loadedMark = dataDir.resolve("bench-loaded.properties");
        String loadedAs = "scale=%s seed=%d chunk=%d".formatted(scale.name(), seed, chunk);
        if (reuse) {
            if (!Files.exists(loadedMark) || !Files.readString(loadedMark).startsWith(loadedAs)) {
                throw new IllegalArgumentException("--reuse: no record loaded by a full run with " + loadedAs + " in " + dataDir
                        + " (run bench/run without --reuse first)");
            }
        } else {
            FileSystemUtils.deleteRecursively(dataDir);
        }
        Report report = new Report(scale, runs);
        Measured<ConfigurableApplicationContext> started = Measured.once(() -> start(dataDir));
        report.startup(started.millis(), reuse ? "the loaded record" : "empty record");
        try (ConfigurableApplicationContext app = started.value()) {
            DatabaseServer server = app.getBean(DatabaseServer.class);
            RawEngine raw = new RawEngine(server);
            report.setting("PostgreSQL", raw.version());
            report.setting("JVM", Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
            report.setting("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
            report.setting("seed", String.valueOf(seed));
            if (reuse) {
                report.setting("record", "reused, not loaded in this run (" + Files.readString(loadedMark).strip()
                        + "); loading is measured by a full run");
            } else {
                load(app, raw, report, scale, chunk, seed, work);
                Files.writeString(loadedMark, loadedAs + " loaded=" + Instant.now() + "\n");
            }
            measureWorkloads(app, raw, report, runs, reuse, only);
            if (chosen(ConcurrentUsers.NAME, only)) {
                // last: its writes must not change what the other workloads read in this run
                report.concurrent(new ConcurrentUsers(app, raw, smoke ? ConcurrentUsers.SMOKE : ConcurrentUsers.FULL).run());
            }
            if (chosen(BACKUP, only)) {
                backUpAndRestore(app, raw, report, work.resolve(scale.name() + "-backup"));
            }
        }
        if (chosen(SHEET, only)) {
            loadSheet(report, scale, seed, work);
        }
        return report;
    }

    private static final String SHEET = "import a persons' sheet";
    private static final String BACKUP = "backup";
    private static final char[] BACKUP_PASSPHRASE = "benchmark backup passphrase, long enough".toCharArray();

    /**
     * Issue 15's backup and restore times for the loaded record: {@code Backups.write} while Kuzet runs (one database
     * snapshot and the evidence files, encrypted), beside binary COPY TO of every table within one snapshot; then
     * {@code kuzet restore} of that file into a new data folder, as an operator would run it (the new folder's
     * database server is created and started, the schema built, the rows loaded and checked), beside binary COPY of
     * the same rows into empty tables with the same indexes. Rates are in rows of every table per second.
     */
    private static void backUpAndRestore(ConfigurableApplicationContext app, RawEngine raw, Report report, Path work)
            throws Exception {
        Path file = work.resolve("record.kuzet-backup");
        Path passphrase = work.resolve("passphrase");
        Path restored = work.resolve("restored");
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        try {
            Files.writeString(passphrase, new String(BACKUP_PASSPHRASE) + "\n");
            Actor.set(Actor.COMMAND_LINE);
            Measured<Backups.Written> written = Measured.once(() -> app.getBean(Backups.class).write(file, BACKUP_PASSPHRASE));
            Actor.clear();
            Measured<Long> copiedOut = raw.snapshotAllTables(work.resolve("copy"));
            int rows = Math.toIntExact(written.value().rows());
            report.setting("backup", "%,d rows, %,d evidence files, %,d MiB encrypted; the raw snapshot has %,d rows".formatted(rows,
                    written.value().evidenceFiles(), written.value().size() >> 20, copiedOut.value()));
            report.load(BACKUP + " of the record while Kuzet runs (rows/s)", "binary COPY TO of every table in one snapshot", rows,
                    written, copiedOut);
            Measured<Integer> restoring = Measured.once(() -> KuzetCommand.commandLine().execute("restore", file.toString(),
                    "--data-dir", restored.toString(), "--passphrase-file", passphrase.toString()));
            if (restoring.value() != 0) {
                throw new IllegalStateException("kuzet restore of the benchmark's backup ended with " + restoring.value());
            }
            Measured<Long> copiedIn = raw.loadCopies();
            report.load("restore it into a new data folder (rows/s)", "binary COPY of the same rows, same indexes", rows, restoring,
                    copiedIn);
            raw.dropCopies();
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * Issue 15's throughput: a generated persons' sheet (CSV) imported through the spreadsheet importer into an empty
     * record of its own (two passes: every row checked, then written in one transaction, persons matched against those
     * already written), beside binary COPY of the rows it wrote. An empty record of its own, so that the workloads'
     * record stays as loaded and a later --reuse run measures the same (which therefore may measure the sheet too).
     */
    private static void loadSheet(Report report, Generator.Scale scale, long seed, Path work) throws Exception {
        Path dataDir = work.resolve(scale.name() + "-sheet");
        Path file = work.resolve(scale.name() + "-persons.csv");
        Path copies = work.resolve(scale.name() + "-sheet-copy");
        FileSystemUtils.deleteRecursively(dataDir);
        try (ConfigurableApplicationContext app = start(dataDir)) {
            RawEngine raw = new RawEngine(app.getBean(DatabaseServer.class));
            int rows = scale.sheetRows();
            new Generator(scale, raw.placeCodes(), seed + 1).writePersonSheet(file, rows);
            report.setting("persons' sheet", "%,d rows, %,d MiB of CSV".formatted(rows, Files.size(file) >> 20));
            Actor.set(Actor.COMMAND_LINE);
            SpreadsheetImports imports = app.getBean(SpreadsheetImports.class);
            Measured<SpreadsheetImports.Outcome> imported = Measured.once(() -> imports.run(new SpreadsheetImports.Request(file,
                    SpreadsheetFormat.CSV, "persons", null, false, null), SpreadsheetImports.Progress.NONE));
            if (!imported.value().written() || imported.value().imported() != rows) {
                throw new IllegalStateException(SHEET + ": " + imported.value().imported() + " of " + rows + " rows imported: "
                        + imported.value().problems().stream().limit(5).toList());
            }
            Measured<Long> copied = raw.copyRecordTables(copies);
            report.setting("persons' sheet, rows copied", "%,d".formatted(copied.value()));
            report.load(SHEET + " (CSV)", "binary COPY of the same rows, same indexes", rows, imported, copied);
            raw.dropCopies();
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
            FileSystemUtils.deleteRecursively(copies);
            Files.deleteIfExists(file);
        }
    }

    /** Generates the record, loads it through the importer and the same rows through COPY, and exports it. */
    private static void load(ConfigurableApplicationContext app, RawEngine raw, Report report, Generator.Scale scale, int chunk,
            long seed, Path work) throws Exception {
        // The bundle is written to files a chunk at a time and imported file by file: never whole in memory.
        long generating = System.nanoTime();
        List<Path> files = new Generator(scale, raw.placeCodes(), seed).write(work.resolve(scale.name() + "-bundle"), chunk);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        report.setting("bundle", "%,d files of at most %,d records, %,d MiB of JSON, generated in %,d s".formatted(files.size(), chunk,
                bytes >> 20, (System.nanoTime() - generating) / 1_000_000_000L));

        Actor.set(Actor.COMMAND_LINE);
        BundleImporter importer = app.getBean(BundleImporter.class);
        Measured<Map<String, Integer>> imported = Measured.once(() -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (Path file : files) {
                importer.importBundle(Files.readString(file, StandardCharsets.UTF_8), false)
                        .forEach((section, count) -> counts.merge(section, count, Integer::sum));
            }
            return counts;
        });
        int records = imported.value().values().stream().mapToInt(Integer::intValue).sum();
        report.setting("records", imported.value().toString());
        Measured<Long> copied = raw.copyRecordTables(work.resolve(scale.name() + "-copy"));
        report.setting("rows copied", "%,d".formatted(copied.value()));
        report.load("import the bundle", "binary COPY of the same rows, same indexes", records, imported, copied);

        if (scale.incidents() <= EXPORT_AT_MOST) {
            BundleExporter exporter = app.getBean(BundleExporter.class);
            Measured<Integer> exported = Measured.once(() -> exporter.export().length());
            Measured<Long> copiedOut = Measured.once(raw::copyOutRecordTables);
            report.load("export the whole record", "COPY TO of the same tables", records, exported, copiedOut);
        } else {
            report.setting("export", "not measured: BundleExporter.export() returns the whole record as one String, "
                    + "which at this scale would not fit the heap (a finding: the export should stream)");
        }
        raw.dropCopies();
        raw.vacuumAnalyze();
        report.setting("statistics", "VACUUM (ANALYZE) run after loading, before the workloads (both sides read the same "
                + "settled tables with the same statistics)");
        FileSystemUtils.deleteRecursively(work.resolve(scale.name() + "-copy"));
    }

    /** Times every workload through Kuzet's interfaces and as raw SQL, side by side. */
    private static void measureWorkloads(ConfigurableApplicationContext app, RawEngine raw, Report report, int runs, boolean reuse,
            String only) throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        report.heap("in use after " + (reuse ? "starting on the loaded record" : "loading") + " (after a full GC)",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);

        Actor.set(Actor.COMMAND_LINE);
        Users users = app.getBean(Users.class);
        if (users.find("bench-viewer").isEmpty()) {
            users.create("bench-viewer", Role.VIEWER, PASSWORD, false);
            // the duplicate queue and the entry forms' pickers are an editor's
            users.create("bench-editor", Role.EDITOR, PASSWORD, false);
        }
        String token = app.getBean(ApiTokens.class).create("bench-viewer", "bench", null);
        String editorToken = app.getBean(ApiTokens.class).create("bench-editor", "bench", null);
        Actor.clear();
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Map<Client, Api> clients = Map.of(Client.VIEWER_API, Api.withToken(port, token),
                Client.EDITOR_API, Api.withToken(port, editorToken),
                Client.VIEWER_BROWSER, Api.signedIn(port, "bench-viewer", PASSWORD),
                Client.EDITOR_BROWSER, Api.signedIn(port, "bench-editor", PASSWORD));
        for (Workload workload : Workloads.all(raw)) {
            if (!chosen(workload.name(), only)) {
                continue;
            }
            Api api = clients.get(workload.kind().client);
            if (workload.kind() == Kind.REPORT) {
                checkReport(workload, api.call(workload));
            }
            Timing kuzet = Timing.of(runs, () -> api.call(workload).length);
            Timing direct = Timing.of(runs, () -> raw.query(workload));
            report.workload(workload, kuzet, direct, raw.explain(workload));
            if (workload.kind() == Kind.LIST) {
                report.sameAnswer(workload.name(), sameAnswer(api.call(workload), raw.rows(workload)));
            }
        }
    }

    /**
     * That a report came as the file asked for: a DOCX is a ZIP archive ("PK"), a PDF starts with "%PDF"; and not
     * an empty shell. Anything else stops the benchmark: the timings would be of something else. Nothing is parsed.
     */
    static void checkReport(Workload workload, byte[] file) {
        String format = Json.MAPPER.readTree(workload.body()).path("format").asString();
        String magic = "pdf".equals(format) ? "%PDF" : "PK\u0003\u0004";
        String start = new String(file, 0, Math.min(file.length, magic.length()), StandardCharsets.ISO_8859_1);
        if (!start.equals(magic) || file.length < REPORT_AT_LEAST) {
            throw new IllegalStateException(workload.name() + ": the response is not a " + format.toUpperCase(java.util.Locale.ROOT)
                    + " file of at least " + REPORT_AT_LEAST + " bytes (" + file.length + " bytes starting " + start + ")");
        }
    }

    /**
     * Whether a list page's raw SQL gave the API's answer: the same keys in the same order and the same total (the
     * raw statement's first column is the key, its last the total). A difference is reported, not fatal: it means the
     * raw side answers another question and its figures must not be quoted until it is fixed.
     */
    static String sameAnswer(byte[] body, List<List<String>> rows) {
        JsonNode page = Json.MAPPER.readTree(body);
        List<String> apiKeys = new ArrayList<>();
        page.path("items").forEach(item -> apiKeys.add(item.path("key").asString()));
        List<String> rawKeys = rows.stream().map(row -> row.getFirst()).toList();
        long apiTotal = page.path("total").asLong();
        // the raw statements count up to one more than the lists' bound, as the application does (PageOf)
        long rawTotal = Math.min(rows.isEmpty() ? 0 : Long.parseLong(rows.getFirst().getLast()), PageOf.EXACT_UP_TO);
        if (!apiKeys.equals(rawKeys)) {
            return "**different rows**: API %s, raw %s".formatted(apiKeys, rawKeys);
        }
        if (apiTotal != rawTotal && !rows.isEmpty()) {
            return "**different total**: API %,d, raw %,d".formatted(apiTotal, rawTotal);
        }
        return "same %,d keys in the same order, total %s%,d".formatted(apiKeys.size(),
                page.path("totalExact").asBoolean(true) ? "" : "more than ", apiTotal);
    }

    /** Whether --only chose the workload: its name contains one of the comma-separated words (all when none). */
    private static boolean chosen(String name, String only) {
        return Arrays.stream(only.split(",", -1)).anyMatch(name::contains);
    }

    private static ConfigurableApplicationContext start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new SpringApplicationBuilder(KuzetApplication.class)
                .logStartupInfo(false)
                .properties(Map.of(
                        "kuzet.data-dir", dataDir.toString(),
                        "server.port", "0",
                        "logging.level.root", "WARN",
                        "spring.main.banner-mode", "off"))
                .run();
    }

    private Bench() {
    }

    /** What a workload is, for the targets of issues 14 and 16 that apply to it, and who asks it. */
    enum Kind {
        LIST, SEARCH, LEGAL_STATUS, STATISTIC, PRISONERS,
        /** A report file generated through the API (a POST): no target, its raw side is a floor. */
        REPORT,
        /** The incident list's facets, which only the web page gives: the htmx part, in a viewer's browser. */
        FACETS(Client.VIEWER_BROWSER),
        /** A record's page in a viewer's browser (a person's, with legal status and timeline). */
        PERSON_PAGE(Client.VIEWER_BROWSER),
        /** The page every signed-in user lands on, in a viewer's browser. */
        DASHBOARD(Client.VIEWER_BROWSER),
        /** A type-ahead picker of the entry forms: an HTML fragment for a signed-in editor's browser. */
        PICKER(Client.EDITOR_BROWSER),
        /** The possible-duplicate queue, an editor's (issue 14 item 4). */
        DUPLICATES(Client.EDITOR_API);

        final Client client;

        Kind() {
            this(Client.VIEWER_API);
        }

        Kind(Client client) {
            this.client = client;
        }
    }

    /** Who calls: a viewer or an editor through the API with a personal token, or their signed-in browser. */
    enum Client { VIEWER_API, EDITOR_API, VIEWER_BROWSER, EDITOR_BROWSER }

    /**
     * One workload: the path a client calls (a GET, or a POST of {@code body} as JSON, with {@code headers}) and the
     * SQL that answers the same question directly.
     */
    record Workload(String name, Kind kind, String path, String sql, List<Object> parameters, String body,
                    Map<String, String> headers) {

        Workload(String name, Kind kind, String path, String sql, List<Object> parameters) {
            this(name, kind, path, sql, parameters, null, Map.of());
        }

        /** The call as the results show it: {@code POST /api/v1/reports {…}}, or the path and its headers. */
        String call() {
            return (body == null ? "" : "POST ") + path + (body == null ? "" : " " + body)
                    + (headers.isEmpty() ? "" : " (" + String.join(", ", headers.keySet().stream().sorted()
                            .map(h -> h + ": " + headers.get(h)).toList()) + ")");
        }
    }

    static List<Object> params(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
