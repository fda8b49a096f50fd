package org.kuzet.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kuzet over HTTP as a client sees it, the whole response body read: the API with a personal token, or the web
 * pages in a signed-in browser session (a cookie), as the entry forms' type-ahead pickers are called.
 */
final class Api {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A response as it came: any status, the whole body. */
    record Response(int status, byte[] body) {
    }

    private final HttpClient http;
    private final int port;
    private final String token;

    private Api(HttpClient http, int port, String token) {
        this.http = http;
        this.port = port;
        this.token = token;
    }

    /** The API as the owner of a personal token. */
    static Api withToken(int port, String token) {
        return new Api(HttpClient.newHttpClient(), port, token);
    }

    /** The API as the owner of a personal token, on a client of its own speaking HTTP/1.1 (as the simulated users do). */
    static Api withToken(int port, String token, HttpClient.Version version) {
        return new Api(HttpClient.newBuilder().version(version).build(), port, token);
    }

    /** The web pages, signed in through the sign-in form as a browser is. */
    static Api signedIn(int port, String username, String password) throws Exception {
        return signedIn(port, username, password, HttpClient.newBuilder());
    }

    /** The web pages, signed in as a browser is, on a client of its own speaking {@code version}. */
    static Api signedIn(int port, String username, String password, HttpClient.Version version) throws Exception {
        return signedIn(port, username, password, HttpClient.newBuilder().version(version));
    }

    private static Api signedIn(int port, String username, String password, HttpClient.Builder client) throws Exception {
        Api browser = new Api(client.cookieHandler(new CookieManager()).build(), port, null);
        String form = new String(browser.body("/login"), StandardCharsets.UTF_8);
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in form has no CSRF field");
        }
        String fields = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signIn = browser.http.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        String next = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || next.contains("error")) {
            throw new IllegalStateException("signing in as " + username + " answered " + signIn.statusCode() + " " + next);
        }
        return browser;
    }

    /** The size of the response body in bytes; anything but 200 stops the benchmark. */
    int get(String path) throws Exception {
        return body(path).length;
    }

    /** The response body; anything but 200 stops the benchmark. */
    byte[] body(String path) throws Exception {
        return ok("GET", path, send("GET", path, null, Map.of()));
    }

    /** A workload's call (a GET, or a POST of its JSON body, with its headers); anything but 200 stops the benchmark. */
    byte[] call(Bench.Workload workload) throws Exception {
        String method = workload.body() == null ? "GET" : "POST";
        return ok(method, workload.path(), send(method, workload.path(), workload.body(), workload.headers()));
    }

    /** Any request, its answer whatever its status; {@code json} is the body of a POST, PUT or DELETE (or null). */
    Response send(String method, String path, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.body());
    }

    private static byte[] ok(String method, String path, Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.status() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
