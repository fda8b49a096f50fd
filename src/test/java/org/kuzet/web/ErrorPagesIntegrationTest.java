package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;

class ErrorPagesIntegrationTest extends WebIntegrationTest {

    @Test
    void aRefusedPageIsAnsweredWithAPageInTheLayoutThatSaysWhyWithoutInternals() {
        WebSession viewer = signedIn(Role.VIEWER);

        HttpResponse<String> refused = viewer.get("/audit", "Accept", "text/html");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed", "Your role does not allow this", "href=\"/incidents\"",
                "class=\"top\"").doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void anUnknownAddressIsAnsweredWithTheNotFoundPageInRussian() {
        WebSession viewer = signedIn(Role.VIEWER);

        HttpResponse<String> missing = viewer.get("/no-such-page?lang=ru", "Accept", "text/html");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Не найдено", "Код HTTP 404");
    }

    @Test
    void apiClientsStillGetJsonForAnUnknownAddress() {
        var response = send("GET", "/api/v1/no-such-collection", null, Role.VIEWER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<html");
    }
}
