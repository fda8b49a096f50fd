package org.kuzet.exchange;

import org.junit.jupiter.api.Test;
import org.kuzet.support.BundleSchema;
import static org.assertj.core.api.Assertions.assertThat;

class BundleSchemaTest {

    @Test
    void demoBundleConformsToThePublishedSchema() {
        String demo = DemoData.bundle().orElseThrow();

        assertThat(BundleSchema.violations(demo)).isEmpty();
    }

    @Test
    void schemaRejectsAnIncidentWithoutTypesAndAQualifierWithoutValue() {
        String bundle = """
                {"format": "kuzet-bundle", "formatVersion": 1,
                 "incidents": [{"key": "x", "title": {"original": "en", "en": "X"}, "date": "2020-02-01",
                                "victimCount": {"qualifier": "more_than"}}]}""";

        assertThat(BundleSchema.violations(bundle)).isNotEmpty()
                .anyMatch(v -> v.contains("/incidents/0"));
    }

    @Test
    void schemaTakesACountWithoutAUnitAndRejectsAUnitItDoesNotKnow() {
        String bundle = """
                {"format": "kuzet-bundle", "formatVersion": 1,
                 "incidents": [{"key": "x", "title": {"original": "en", "en": "X"}, "date": "2020-02-01",
                                "types": ["search"], "victimCount": %s}]}""";

        assertThat(BundleSchema.violations(bundle.formatted("{\"qualifier\": \"exact\", \"value\": 12}"))).isEmpty();
        assertThat(BundleSchema.violations(bundle.formatted(
                "{\"qualifier\": \"exact\", \"value\": 12, \"unit\": \"organizations\"}"))).isEmpty();
        assertThat(BundleSchema.violations(bundle.formatted(
                "{\"qualifier\": \"exact\", \"value\": 12, \"unit\": \"ngos\"}"))).isNotEmpty()
                .anyMatch(v -> v.contains("/incidents/0/victimCount"));
    }

    @Test
    void schemaTakesAnIncidentWhoseDateIsUnknownOnlyWithoutADate() {
        String bundle = """
                {"format": "kuzet-bundle", "formatVersion": 2,
                 "incidents": [{"key": "x", "title": {"original": "en", "en": "X"}, %s, "types": ["search"]}]}""";

        assertThat(BundleSchema.violations(bundle.formatted("\"datePrecision\": \"unknown\""))).isEmpty();
        assertThat(BundleSchema.violations(bundle.formatted("\"date\": \"2020-02-01\", \"datePrecision\": \"unknown\"")))
                .isNotEmpty().anyMatch(v -> v.contains("/incidents/0"));
        assertThat(BundleSchema.violations(bundle.formatted("\"datePrecision\": \"day\""))).isNotEmpty()
                .anyMatch(v -> v.contains("/incidents/0"));
    }

    @Test
    void schemaTakesAReportedFigureWithAReporterAndRejectsARangeWithoutItsUpperValue() {
        String bundle = """
                {"format": "kuzet-bundle", "formatVersion": 2,
                 "reportedFigures": [{"key": "f", "description": {"original": "en", "en": "persons prosecuted"},
                                      "count": %s, "from": "2020-01-01", "fromPrecision": "year", %s}]}""";
        String kibhr = "\"reportedBy\": \"kibhr\"";

        assertThat(BundleSchema.violations(bundle.formatted(
                "{\"qualifier\": \"more_than\", \"value\": 300, \"unit\": \"persons\"}", kibhr))).isEmpty();
        assertThat(BundleSchema.violations(bundle.formatted(
                "{\"qualifier\": \"between\", \"value\": 40, \"upTo\": 60, \"unit\": \"incidents\"}",
                "\"reportedByText\": \"Adilet\""))).isEmpty();
        assertThat(BundleSchema.violations(bundle.formatted("{\"qualifier\": \"between\", \"value\": 40}", kibhr)))
                .isNotEmpty().anyMatch(v -> v.contains("/reportedFigures/0/count"));
        assertThat(BundleSchema.violations(bundle.formatted(
                "{\"qualifier\": \"exact\", \"value\": 40, \"upTo\": 60}", kibhr))).isNotEmpty();
        assertThat(BundleSchema.violations(bundle.formatted("{\"qualifier\": \"roughly\", \"value\": 40}", kibhr)))
                .isNotEmpty();
        assertThat(BundleSchema.violations(bundle.formatted("{\"qualifier\": \"exact\", \"value\": 40}",
                "\"place\": \"kz\""))).as("who reported it is required").isNotEmpty();
    }
}
