package org.kuzet.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one scale as Markdown: settings, loads, workloads (Kuzet beside the raw engine), and whether each
 * target of bench/README.md was met.
 */
final class Report {

    // Targets (bench/README.md): what a monitor must be able to rely on.
    private static final double WORKLOAD_P95_MILLIS_REALISTIC = 200;
    private static final double WORKLOAD_P95_MILLIS_LARGE = 500;
    private static final double IMPORT_RECORDS_PER_SECOND = 500;
    private static final double IMPORT_PEAK_HEAP_MIB = 1536;

    private final Generator.Scale scale;
    private final int runs;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> loads = new ArrayList<>();
    private final List<String> workloads = new ArrayList<>();
    private final List<String> verdicts = new ArrayList<>();

    Report(Generator.Scale scale, int runs) {
        this.scale = scale;
        this.runs = runs;
    }

    void setting(String name, String value) {
        settings.put(name, value);
    }

    void load(String name, int records, Measured<?> kuzet, Measured<?> raw) {
        double perSecond = records / (kuzet.nanos() / 1e9);
        loads.add("| %s | %,d | %,.0f | %,.0f | %,.0f | %.1f× | %,d |".formatted(name, records, kuzet.millis(), perSecond,
                raw.millis(), kuzet.millis() / raw.millis(), kuzet.peakHeapBytes() >> 20));
        if (name.startsWith("import")) {
            verdict("import rate ≥ %,.0f records/s".formatted(IMPORT_RECORDS_PER_SECOND), perSecond >= IMPORT_RECORDS_PER_SECOND,
                    "%,.0f records/s".formatted(perSecond));
            verdict("import peak heap ≤ %,.0f MiB".formatted(IMPORT_PEAK_HEAP_MIB), (kuzet.peakHeapBytes() >> 20) <= IMPORT_PEAK_HEAP_MIB,
                    "%,d MiB".formatted(kuzet.peakHeapBytes() >> 20));
        }
    }

    void workload(Bench.Workload workload, Timing kuzet, Timing raw) {
        workloads.add("| %s | `%s` | %.1f | %.1f | %.1f | %.1f | %.1f× | %,d B | %,d |".formatted(workload.name(), workload.path(),
                kuzet.medianMillis(), kuzet.p95Millis(), raw.medianMillis(), raw.p95Millis(),
                kuzet.medianMillis() / Math.max(raw.medianMillis(), 0.001), kuzet.size(), raw.size()));
        double target = scale.incidents() > 20_000 ? WORKLOAD_P95_MILLIS_LARGE : WORKLOAD_P95_MILLIS_REALISTIC;
        verdict(workload.name() + ": API p95 ≤ %.0f ms".formatted(target), kuzet.p95Millis() <= target,
                "%.1f ms".formatted(kuzet.p95Millis()));
    }

    private void verdict(String target, boolean met, String measured) {
        verdicts.add("| %s | %s | %s |".formatted(target, measured, met ? "met" : "**missed**"));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Kuzet benchmark: scale %s (%,d incidents)%n%n".formatted(scale.name(), scale.incidents()));
        md.append("Run %s. Generated record: %,d incidents, %,d persons, %,d organisations, %,d legal cases, %,d sources, %,d events.%n%n"
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), scale.incidents(), scale.persons(),
                        scale.organizations(), scale.cases(), scale.sources(), scale.events()));
        settings.forEach((name, value) -> md.append("- %s: %s%n".formatted(name, value)));
        md.append("%n## Loading the record%n%n".formatted());
        md.append("Kuzet: the bundle importer (validation, keys, vocabularies, encryption of protected fields, one transaction). "
                + "Raw: PostgreSQL binary COPY of the rows the import wrote, into tables of the same definition.\n\n");
        md.append("| what | records | Kuzet ms | records/s | raw ms | Kuzet/raw | peak heap MiB |\n|---|---|---|---|---|---|---|\n");
        loads.forEach(line -> md.append(line).append('\n'));
        md.append("%n## Workloads (%d timed runs each after 5 warm-up runs; milliseconds)%n%n".formatted(runs));
        md.append("Kuzet: the HTTP API as a signed-in viewer (row-level security, JSON). "
                + "Raw: the same question as one SQL statement on an open connection, as the schema owner.\n\n");
        md.append("| workload | API call | Kuzet median | Kuzet p95 | raw median | raw p95 | Kuzet/raw | response | raw rows |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        workloads.forEach(line -> md.append(line).append('\n'));
        md.append("%n## Targets%n%n| target | measured | |%n|---|---|---|%n".formatted());
        verdicts.forEach(line -> md.append(line).append('\n'));
        return md.toString();
    }
}
