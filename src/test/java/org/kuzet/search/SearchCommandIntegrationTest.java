package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.shared.Json;
import org.kuzet.support.CommandRun;
import org.kuzet.support.TestDatabase;
import tools.jackson.databind.JsonNode;

/** {@code kuzet search} on a data folder of its own, filled by a bundle import (which the index follows). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandIntegrationTest {

    private static final String BUNDLE = """
            {
              "format": "kuzet-bundle",
              "formatVersion": 1,
              "persons": [{"key": "mamay", "name": "Zhanbolat Mamay", "confidentiality": "confidential",
                  "names": [{"name": "Жанболат Мамай", "script": "Cyrl"}]}],
              "incidents": [{"key": "2018-03-22-nowruz-balloons",
                  "title": {"original": "en", "en": "People with balloons stopped by police during Nowruz",
                            "ru": "Полиция останавливала людей с шарами на Наурыз"},
                  "date": "2018-03-22", "place": "kz-almaty-city", "types": ["detention"],
                  "rights": ["assembly"], "perpetrators": [{"kind": "police"}], "confidentiality": "internal",
                  "reviewStatus": "draft"}]
            }
            """;

    private final Path dir = TestDatabase.dataDir("search-cli-" + UUID.randomUUID().toString().substring(0, 8));

    @BeforeAll
    void importABundle() throws Exception {
        Path bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, BUNDLE);
        CommandRun imported = kuzet("import", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void printsATableOfResultsWithWhyEachMatched() {
        CommandRun run = kuzet("search", "Mamaj");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("TYPE\tKEY\tDATE\tTITLE\tMATCHED");
        assertThat(lines).contains("person\tmamay\t-\tZhanbolat Mamay\tname_variant,title,other (Zhanbolat Mamay)");
        assertThat(run.err()).contains("1 of 1 results");
    }

    @Test
    void printsJsonWithSnippetsAndFacets() {
        CommandRun run = kuzet("search", "задержание OR balloons", "--json", "--type", "incident", "--lang", "ru");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = Json.MAPPER.readTree(run.out());
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(result.get("hits").get(0).get("title").asString()).isEqualTo("Полиция останавливала людей с шарами на Наурыз");
        assertThat(result.get("facets").toString()).contains("\"value\":\"police\"");
    }

    @Test
    void limitsAndTypesAreChecked() {
        assertThat(kuzet("search", "x", "--limit", "0").exitCode()).isEqualTo(2);
        CommandRun badType = kuzet("search", "x", "--type", "planet");
        assertThat(badType.exitCode()).isEqualTo(1);
        assertThat(badType.err()).contains("$.type");
    }

    private CommandRun kuzet(String... args) {
        return CommandRun.kuzetIn(dir, args);
    }
}
