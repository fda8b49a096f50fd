package org.kuzet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kuzet.shared.Json;
import tools.jackson.databind.JsonNode;

/**
 * How each figure grows from 10k to 100k to 1m (issue 16 item 5): {@code bench/results/growth.md}, written from the
 * newest results of each scale after every run that writes to bench/results. A figure's newest value wins, so a
 * {@code -workloads} run (--reuse) updates the workloads and keeps the loading figures of the last full run.
 */
final class Growth {

    static final List<String> SCALES = List.of("10k", "100k", "1m");

    private Growth() {
    }

    /** Writes growth.md again from the results in the given folder (default bench/results) without running anything. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "bench/results"));
    }

    static void write(Path results) throws IOException {
        Map<String, Map<String, JsonNode>> byScale = new LinkedHashMap<>();
        Map<String, String> runs = new LinkedHashMap<>();
        for (String scale : SCALES) {
            Map<String, JsonNode> figures = new LinkedHashMap<>();
            // oldest first, so that the newest value of a figure is the one kept; a full run's file before a
            // workloads-only file of the same day
            List<Path> files;
            try (Stream<Path> all = Files.list(results)) {
                files = all.filter(p -> p.getFileName().toString().matches("\\d{8}-" + scale + "(-workloads)?\\.json"))
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().substring(0, 8))
                                .thenComparing(p -> p.getFileName().toString().contains("-workloads")))
                        .toList();
            }
            for (Path file : files) {
                JsonNode json = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
                json.path("figures").forEach(f -> figures.put(f.path("name").asString(), f));
                runs.merge(scale, file.getFileName().toString(), (a, b) -> a + ", " + b);
            }
            byScale.put(scale, figures);
        }
        List<String> names = new ArrayList<>();
        byScale.values().forEach(figures -> figures.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add));

        StringBuilder md = new StringBuilder("# How the figures grow with the record\n\n");
        md.append("Written by `bench/run` from the newest results of each scale (").append(runs.isEmpty() ? "none yet"
                : String.join("; ", runs.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()))
                .append("). Kuzet's figure, the raw engine's in brackets where it has one; the last column is how many times ")
                .append("the 100k figure is the 10k one (10× the records: a page that grows 10× grows linearly).\n\n");
        md.append("| figure | unit | 10k | 100k | 1m | 100k / 10k |\n|---|---|---|---|---|---|\n");
        for (String name : names) {
            md.append("| ").append(name).append(" | ").append(unit(byScale, name));
            for (String scale : SCALES) {
                JsonNode f = byScale.get(scale).get(name);
                md.append(" | ").append(f == null ? "" : value(f));
            }
            JsonNode small = byScale.get("10k").get(name);
            JsonNode large = byScale.get("100k").get(name);
            md.append(" | ").append(small == null || large == null || small.path("value").asDouble() == 0 ? ""
                    : "%.1f×".formatted(large.path("value").asDouble() / small.path("value").asDouble())).append(" |\n");
        }
        Files.writeString(results.resolve("growth.md"), md.toString(), StandardCharsets.UTF_8);
    }

    private static String unit(Map<String, Map<String, JsonNode>> byScale, String name) {
        return byScale.values().stream().map(figures -> figures.get(name)).filter(f -> f != null)
                .map(f -> f.path("unit").asString()).findFirst().orElse("");
    }

    private static String value(JsonNode figure) {
        String value = number(figure.path("value").asDouble());
        JsonNode raw = figure.path("referenceValue");
        return raw.isMissingNode() || raw.isNull() ? value : value + " (" + number(raw.asDouble()) + ")";
    }

    private static String number(double value) {
        return value >= 100 ? "%,.0f".formatted(value) : "%.1f".formatted(value);
    }
}
