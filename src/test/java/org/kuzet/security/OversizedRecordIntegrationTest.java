package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No record can be made large enough to hold the server: a list of more than 1,000 entries or a text of more than
 * 100,000 characters, in any record kind and at any depth, is a 422 naming the field, and nothing is written.
 */
class OversizedRecordIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void aPersonWithThousandsOfNameVariantsIsRefusedAtTheListNotChecked() {
        String tag = unique("variants");
        List<Map<String, String>> names = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            names.add(Map.of("name", "Aset " + i));
        }

        Response response = send("POST", "/api/v1/persons", Map.of("name", "Aset " + tag, "confidentiality", "internal",
                "names", names), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.names");
        assertThat(response.body()).contains("has 1001 entries, at most 1000 allowed");
        assertThat(db.sql("select count(*) from person where name = ?").param("Aset " + tag).query(Long.class).single()).isZero();
    }

    @Test
    void anOverlongTextDeepInARecordIsRefusedAtItsPath() {
        String tag = unique("long");

        Response response = send("POST", "/api/v1/organizations", Map.of("name", "Union " + tag, "kind", "trade_union",
                "confidentiality", "internal", "statuses", List.of(Map.of("status", "registered", "date", "2020-01-01",
                        "note", Map.of("original", "en", "en", "x".repeat(100_001))))), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).contains("$.statuses[0].note.en");
        assertThat(db.sql("select count(*) from organization where name = ?").param("Union " + tag).query(Long.class)
                .single()).isZero();
    }
}
