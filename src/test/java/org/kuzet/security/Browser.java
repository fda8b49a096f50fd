package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser for the sign-in tests: keeps cookies, does not follow redirects, fills in the CSRF token. */
final class Browser {

    private final int port;
    private final CookieManager cookies;
    private final InetAddress from;
    private final HttpClient client;

    Browser(int port) {
        this(port, new CookieManager(), null);
    }

    private Browser(int port, CookieManager cookies, InetAddress from) {
        this.port = port;
        this.cookies = cookies;
        this.from = from;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            builder.localAddress(from);
        }
        this.client = builder.build();
    }

    /**
     * A browser connecting from another loopback address than 127.0.0.1, whose failed sign-ins then do not count
     * towards the address throttle of every other test.
     */
    static Browser from(String loopbackAddress, int port) throws Exception {
        return new Browser(port, new CookieManager(), InetAddress.getByName(loopbackAddress));
    }

    /** The same browser, with the same cookies, reaching another instance (as a proxy would send it there). */
    Browser at(int otherPort) {
        return new Browser(otherPort, cookies, from);
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the page at {@code formPage} would, with its CSRF token. */
    HttpResponse<String> submit(String formPage, String action, String... pairs) throws Exception {
        String token = csrf(get(formPage).body());
        String[] all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        all[pairs.length] = "_csrf";
        all[pairs.length + 1] = token;
        return post(action, all);
    }

    HttpResponse<String> post(String path, String... pairs) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the password form; returns the response (a redirect). */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        return submit("/login", "/login", "username", username, "password", password);
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF token in %s", html).isTrue();
        return m.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The TOTP code an authenticator app shows for {@code secret} at {@code when}, offset by whole time steps. */
    static String totp(String secret, Instant when, int stepOffset) throws Exception {
        long step = Math.floorDiv(when.getEpochSecond(), 30) + stepOffset;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
