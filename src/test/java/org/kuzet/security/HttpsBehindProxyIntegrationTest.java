package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a TLS proxy ({@code server.forward-headers-strategy=native}, the proxy on this machine), a request that
 * arrived over HTTPS gets HSTS and a Secure session cookie.
 */
@SpringBootTest(classes = KuzetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class HttpsBehindProxyIntegrationTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "https-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private HttpResponse<String> loginPage(String forwardedProto) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", forwardedProto).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void aRequestThatCameOverHttpsGetsHstsAndASecureCookie() throws Exception {
        var https = loginPage("https");

        assertThat(https.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(sessionCookie(https)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(https.headers().firstValue("Content-Security-Policy")).contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void aRequestThatCameOverPlainHttpGetsNeither() throws Exception {
        var http = loginPage("http");

        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(http)).doesNotContain("Secure");
    }
}
