package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class VocabularyPagesIntegrationTest extends WebIntegrationTest {

    @Autowired
    private JdbcClient db;

    @Test
    void anAdministratorRelabelsATermAndTheChangeIsAuditedAndShownOnRecords() {
        WebSession admin = signedIn(Role.ADMIN);
        String page = admin.get("/vocabularies/perpetrator_kind").body();
        assertThat(page).contains("id=\"term-knb\"", "National Security Committee");
        String code = unique("kind").replace('-', '_');
        admin.post("/vocabularies/perpetrator_kind", "_csrf", WebSession.csrf(page), "code", code,
                "en", "Border service", "ru", "Пограничная служба", "kk", "");

        HttpResponse<String> relabelled = admin.post("/vocabularies/perpetrator_kind/" + code, "_csrf", WebSession.csrf(page),
                "en", "Border Service of the KNB", "ru", "Пограничная служба КНБ", "kk", "ҰҚК Шекара қызметі", "active", "1");

        assertThat(relabelled.statusCode()).isEqualTo(302);
        assertThat(admin.get("/vocabularies/perpetrator_kind?saved=" + code).body())
                .contains("Saved: " + code, "value=\"Border Service of the KNB\"", "value=\"ҰҚК Шекара қызметі\"");
        assertThat(send("GET", "/api/v1/vocabularies/perpetrator_kind", null, Role.VIEWER).body())
                .contains("Пограничная служба КНБ");
        assertThat(db.sql("select count(*) from audit_event where action in ('vocabulary_term_added', 'vocabulary_term_changed') "
                + "and subject_key = ?").param("perpetrator_kind/" + code).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTermWithoutItsRussianLabelIsRefusedNextToItsRowAndNothingChanges() {
        WebSession admin = signedIn(Role.ADMIN);
        String page = admin.get("/vocabularies/incident_type").body();

        HttpResponse<String> refused = admin.post("/vocabularies/incident_type/detention", "_csrf", WebSession.csrf(page),
                "en", "Detention (changed)", "ru", " ", "kk", "", "active", "1");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("ru: is required", "value=\"Detention (changed)\"");
        assertThat(send("GET", "/api/v1/vocabularies/incident_type", null, Role.VIEWER).body())
                .doesNotContain("Detention (changed)");
    }

    @Test
    void aNewTermWithABadCodeIsRefusedAndWhatWasTypedIsKept() {
        WebSession admin = signedIn(Role.ADMIN);
        String page = admin.get("/vocabularies/right").body();

        HttpResponse<String> refused = admin.post("/vocabularies/right", "_csrf", WebSession.csrf(page), "code", "Bad Code",
                "en", "Right to protest", "ru", "Право на протест", "kk", "");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("code: must be lower-case letters", "value=\"Право на протест\"");
    }

    @Test
    void onlyAdministratorsMayOpenTheVocabularies() {
        assertThat(signedIn(Role.REVIEWER).get("/vocabularies/right").statusCode()).isEqualTo(403);
        assertThat(signedIn(Role.ADMIN).get("/vocabularies/right?lang=ru").body()).contains("Справочники", "Права");
    }
}
