package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;

/** The first administrator signs in with the one-time password and must choose a new one. */
class FirstLoginIntegrationTest extends ApiIntegrationTest {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> getPage(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String... pairs) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(html);
        assertThat(m.find()).as("CSRF token in %s", html).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void oneTimePasswordMustBeChangedAtFirstSignIn() throws Exception {
        String name = unique("first-admin").toLowerCase();
        String oneTime = Users.randomPassword();
        users.create(name, Role.ADMIN, oneTime, true);

        var login = postForm("/login", "username", name, "password", oneTime, "_csrf", csrf(getPage("/login").body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");

        var form = getPage("/account/password");
        var tooShort = postForm("/account/password", "currentPassword", oneTime, "newPassword", "short",
                "_csrf", csrf(form.body()));
        assertThat(tooShort.body()).contains("at least 12 characters");
        assertThat(users.find(name).orElseThrow().mustChangePassword()).isTrue();

        var changed = postForm("/account/password", "currentPassword", oneTime, "newPassword", "Қайрат әбілов 2020!",
                "_csrf", csrf(getPage("/account/password").body()));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(users.find(name).orElseThrow().mustChangePassword()).isFalse();
        assertThat(getPage("/").body()).contains("Signed in as " + name);
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        var login = postForm("/login", "username", "nobody", "password", "whatever-long-enough");

        assertThat(login.statusCode()).isEqualTo(403);
    }
}
