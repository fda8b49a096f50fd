package org.kuzet.api;

import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void openApiDocumentDescribesEveryResourceWithoutSigningIn() {
        var doc = send("GET", "/v3/api-docs", null, null, "application/json");

        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("paths").propertyNames()).contains("/api/v1/incidents", "/api/v1/incidents/{ref}",
                "/api/v1/persons", "/api/v1/organizations", "/api/v1/contacts", "/api/v1/sources", "/api/v1/vocabularies",
                "/api/v1/reported-figures", "/api/v1/reported-figures/{ref}");
    }
}
