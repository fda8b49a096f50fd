package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.support.BundleSchema;

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
}
