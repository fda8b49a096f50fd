package org.kuzet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.KuzetApplication;
import org.kuzet.exchange.BundleExporter;
import org.kuzet.exchange.BundleImporter;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Json;
import org.kuzet.storage.DatabaseServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The benchmark suite: generates a record at each requested scale, loads it through Kuzet's importer and the same
 * rows through PostgreSQL COPY, then times each workload through Kuzet's HTTP API and as plain SQL on the same
 * server, side by side, and writes the results to {@code bench/results/}. See bench/README.md.
 *
 * <p>Arguments: {@code --scale realistic,large|N[,...]} (default realistic), {@code --runs N} (timed runs per
 * workload, default 30), {@code --out DIR} (default bench/results).
 */
public final class Bench {

    private static final String PASSWORD = "benchmark operator passphrase, long enough";

    public static void main(String[] args) throws Exception {
        List<String> scales = List.of("realistic");
        int runs = 30;
        Path out = Path.of("bench", "results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scales = List.of(args[++i].split(","));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (see bench/README.md)");
            }
        }
        Files.createDirectories(out);
        for (String scale : scales) {
            Report report = run(Generator.Scale.parse(scale), runs);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
            Path file = out.resolve(stamp + "-" + scale + ".md");
            Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
            System.out.println(report.markdown());
            System.out.println("written to " + file);
        }
        System.exit(0);
    }

    private static Report run(Generator.Scale scale, int runs) throws Exception {
        Path dataDir = Path.of("target", "bench-data", scale.name()).toAbsolutePath();
        FileSystemUtils.deleteRecursively(dataDir);
        Report report = new Report(scale, runs);
        try (ConfigurableApplicationContext app = start(dataDir)) {
            DatabaseServer server = app.getBean(DatabaseServer.class);
            RawEngine raw = new RawEngine(server);
            report.setting("PostgreSQL", raw.version());
            report.setting("JVM", Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
            report.setting("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));

            List<String> places = raw.placeCodes();
            String bundle = Json.MAPPER.writeValueAsString(new Generator(scale, places, 20261123L).bundle());
            report.setting("bundle", bundle.length() / (1 << 20) + " MiB of JSON");

            Actor.set(Actor.COMMAND_LINE);
            BundleImporter importer = app.getBean(BundleImporter.class);
            Measured<Map<String, Integer>> imported = Measured.once(() -> importer.importBundle(bundle, false));
            int records = imported.value().values().stream().mapToInt(Integer::intValue).sum();
            report.setting("records", imported.value().toString());
            Measured<Long> copied = raw.copyRecordTables();
            report.load("import the bundle / COPY the same rows", records, imported, copied);

            BundleExporter exporter = app.getBean(BundleExporter.class);
            Measured<String> exported = Measured.once(exporter::export);
            Measured<Long> copiedOut = Measured.once(raw::copyOutRecordTables);
            report.load("export the whole record / COPY TO", records, exported, copiedOut);

            Users users = app.getBean(Users.class);
            users.create("bench-viewer", Role.VIEWER, PASSWORD, false);
            String token = app.getBean(ApiTokens.class).create("bench-viewer", "bench", null);
            Actor.clear();
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api api = new Api(port, token);
            for (Workload workload : Workloads.all(raw)) {
                report.workload(workload, Timing.of(runs, () -> api.get(workload.path())), Timing.of(runs, () -> raw.query(workload)));
            }
        }
        return report;
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

    /** One workload: the API path a client calls and the SQL that answers the same question directly. */
    record Workload(String name, String path, String sql, List<Object> parameters) {
    }

    static List<Object> params(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
