package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrix of docs/security.md is the truth: every endpoint the application maps has a row there
 * and every row is an endpoint, and each endpoint answers each role as its row says — refused (401 for anonymous
 * visitors, a redirect to the sign-in page for anonymous page views, 403 for signed-in roles) or let through.
 */
class PermissionMatrixIntegrationTest extends ApiIntegrationTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| `(GET|POST|PUT|DELETE|PATCH) ([^`]+)` \\| (\\w+) \\| (\\w+) \\| (\\w+) \\| (\\w+) \\| (\\w+) \\|$");
    private String reference;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private record Row(String method, String path, Map<Who, Boolean> allowed) {
        String endpoint() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    private enum Who { ANONYMOUS, VIEWER, EDITOR, REVIEWER, ADMIN }

    private static List<Row> matrix() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
            Matcher m = ROW.matcher(line.trim());
            if (m.matches()) {
                Map<Who, Boolean> allowed = new EnumMap<>(Who.class);
                for (Who who : Who.values()) {
                    String cell = m.group(3 + who.ordinal());
                    assertThat(cell).as(line).isIn("yes", "no", "public");
                    allowed.put(who, !cell.equals("no"));
                }
                rows.add(new Row(m.group(1), m.group(2), allowed));
            }
        }
        return rows;
    }

    @Test
    void everyMappedEndpointHasARowAndEveryRowIsMapped() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            if (!pattern.startsWith("/v3/api-docs") && !pattern.equals("/error")) {
                // a variable's regular expression is left out: {collection:incidents|persons} is {collection}
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + path));
            }
        }));
        Set<String> documented = new TreeSet<>();
        matrix().forEach(row -> documented.add(row.endpoint()));

        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws Exception {
        Map<Who, HttpClient> browsers = new EnumMap<>(Who.class);
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            browsers.put(who, HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build());
            if (who != Who.ANONYMOUS) {
                Role role = Role.valueOf(who.name());
                String name = unique("matrix-" + role.code());
                users.create(name, role, PASSWORD, false);
                tokens.put(who, apiTokens.create(name, "matrix", null));
                signIn(browsers.get(who), name);
            }
        }
        // A real record, so that checks made after finding it (history contents) are reached.
        var incident = send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Matrix'}, 'date': '2020-02-22', 'types': ['detention']}""".formatted(unique("matrix"))),
                Role.ADMIN);
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        reference = incident.json().get("key").asString();
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            for (Who who : Who.values()) {
                HttpResponse<String> response = call(row, browsers.get(who), tokens.get(who));
                boolean refused = refusal(row, who, response);
                if (refused == row.allowed().get(who)) {
                    wrong.add(row.endpoint() + " as " + who + ": " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Whether the response is the refusal this caller gets: 401 or a trip to the sign-in page, or 403. */
    private static boolean refusal(Row row, Who who, HttpResponse<String> response) {
        int status = response.statusCode();
        if (who == Who.ANONYMOUS) {
            return row.api() ? status == 401
                    : status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
        }
        return status == 403;
    }

    private HttpResponse<String> call(Row row, HttpClient browser, String token) throws Exception {
        String path = row.path().replace("{vocabulary}", "incident_type").replace("{collection}", "incidents")
                .replace("{ref}", reference).replace("{version}", "1").replaceAll("\\{[^}]+}", "no-such-thing-1");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        boolean withBody = !row.method().equals("GET");
        if (row.api()) {
            request.header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.method(row.method(), withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
            if (withBody) {
                request.header("Content-Type", "application/json");
            }
        } else {
            String csrf = withBody ? csrf(browser, path) : null;
            request.method(row.method(), withBody ? HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))
                    : HttpRequest.BodyPublishers.noBody());
            if (withBody) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient browser, String name) throws Exception {
        String token = csrf(browser, "/login");
        var login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(name) + "&password=" + enc(PASSWORD)
                                + "&_csrf=" + enc(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    /** A CSRF token of this browser's session, from the page itself or, for an anonymous caller, the sign-in page. */
    private String csrf(HttpClient browser, String path) throws Exception {
        for (String page : List.of(path, "/login")) {
            var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                    .matcher(response.body());
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return "";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
