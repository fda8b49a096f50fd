package org.kuzet.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.assertj.core.api.Assertions.assertThat;

/** A browser without JavaScript: a cookie jar, the sign-in form and plain page requests. */
public final class WebSession {

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private WebSession(int port) {
        this.port = port;
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> login = session.post("/login", "username", username, "password", password,
                "_csrf", csrf(session.get("/login").body()));
        assertThat(login.statusCode()).as("sign-in redirect").isEqualTo(302);
        return session;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A HEAD request, which Spring serves through the GET handlers: refused where the GET is. */
    HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> post(String path, String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /**
     * Opens the form at {@code formPath} and sends {@code fields} (name, value, name, value…) to {@code path} with
     * the form's CSRF token, as a browser submits a form it was shown.
     */
    HttpResponse<String> submit(String path, String formPath, String... fields) {
        String[] pairs = java.util.Arrays.copyOf(fields, fields.length + 2);
        pairs[fields.length] = "_csrf";
        pairs[fields.length + 1] = csrf(get(formPath).body());
        return post(path, pairs);
    }

    /** A multipart form as a browser sends it: the CSRF token first, then one file. */
    HttpResponse<String> postFile(String path, String csrf, String field, String fileName, String contentType, byte[] bytes) {
        String boundary = "----kuzet" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF token in %s", html).isTrue();
        return m.group(1);
    }

    /** The value of the form's input named {@code name} (a row's hidden origin), as the browser would send it. */
    static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("an input named %s", name).isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
