package org.kuzet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kuzet.KuzetApplication;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole application on a random port over a real PostgreSQL — the
 * embedded server in a fresh data folder under target/, or the external server given by
 * {@code -Dkuzet.test.db-url} (CI runs both). Tests share one record, so each uses its own keys.
 */
@SpringBootTest(classes = KuzetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** A password the policy accepts, for the users the tests make. */
    public static final String PASSWORD = "correct horse battery staple at the zoo";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<Role, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Users users;

    @Autowired
    protected ApiTokens apiTokens;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "api-" + RUN);
    }

    /**
     * The test's own thread reads and writes the database directly as the operator at the command line (full
     * clearance); requests to the server act as whoever their token names.
     */
    @BeforeEach
    void actAsOperator() {
        Actor.set(Actor.COMMAND_LINE);
    }

    @AfterEach
    void stopActing() {
        Actor.clear();
    }

    /** A token of a user with {@code role}, created once per test run. */
    protected String token(Role role) {
        return TOKENS.computeIfAbsent(role, r -> {
            String name = r.code() + "-" + RUN;
            if (users.find(name).isEmpty()) {
                users.create(name, r, PASSWORD, false);
            }
            return apiTokens.create(name, "test", null);
        });
    }

    /** A key unique to this test run, so that tests sharing the record do not collide. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Response get(String path) {
        return send("GET", path, null, token(Role.VIEWER), "application/json");
    }

    protected Response send(String method, String path, Object body, Role role) {
        return send(method, path, body, token(role), "application/json");
    }

    protected Response send(String method, String path, Object body, String token, String contentType) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                    .header("Accept", "application/json");
            if (text != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A multipart form posted through the API as a user with {@code role}: the {@code fields}, then {@code file} as the
     * part named "file" (an upload such as a sheet to import).
     */
    protected Response postFile(String path, Role role, Map<String, String> fields, java.nio.file.Path file) {
        try {
            String boundary = "part" + UUID.randomUUID().toString().replace("-", "");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (var field : fields.entrySet()) {
                body.write("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                        .formatted(boundary, field.getKey(), field.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            body.write("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n"
                    .formatted(boundary, file.getFileName()).getBytes(StandardCharsets.UTF_8));
            body.write(java.nio.file.Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token(role)).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new account with {@code role} and the test password ({@link #PASSWORD}); answers its name. */
    protected String account(Role role) {
        String name = unique(role.code()).toLowerCase();
        users.create(name, role, PASSWORD, false);
        return name;
    }

    /** Creates a record through the API as an editor ({@code body} single-quoted JSON); answers its key. */
    protected String created(String path, String body) {
        return created(path, body, Role.EDITOR);
    }

    /** Creates a record through the API as a user with {@code role} ({@code body} single-quoted JSON); answers its key. */
    protected String created(String path, String body, Role role) {
        Response response = send("POST", path, json(body), role);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.json().get("key").asString();
    }

    /**
     * The record the read-audit tests share, once confidential and once internal, as an administrator records it: an
     * organisation ({@code P-org-LEVEL}), a member of it named {@code MEMBER LEVEL P} ({@code P-LEVEL}), an internal
     * incident of the member ({@code P-incident-LEVEL}), a political prisoner assessed by the organisation
     * ({@code P-prisoner-LEVEL}) and the prisoner's case ({@code P-case-LEVEL}), in 1991 when confidential and 1989
     * when internal.
     */
    protected void recordAtTwoLevels(String p, String member) {
        for (String level : List.of("confidential", "internal")) {
            post("/api/v1/organizations", "{'key': '%s-org-%s', 'name': 'Group %s %s', 'kind': 'ngo', 'confidentiality': '%s'}",
                    p, level, level, p, level);
            post("/api/v1/persons", """
                    {'key': '%1$s-%2$s', 'name': '%3$s %2$s %1$s', 'confidentiality': '%2$s',
                     'memberships': [{'organization': '%1$s-org-%2$s', 'kind': 'member'}]}""", p, level, member);
            post("/api/v1/incidents", """
                    {'key': '%1$s-incident-%2$s', 'title': {'original': 'en', 'en': 'Detention %1$s %2$s'},
                     'date': '2021-06-02', 'datePrecision': 'day', 'place': 'kz-almaty-city', 'types': ['detention'],
                     'victims': [{'person': '%1$s-%2$s'}], 'perpetrators': [{'kind': 'police'}],
                     'reviewStatus': 'verified', 'confidentiality': 'internal'}""", p, level);
            String year = level.equals("confidential") ? "1991" : "1989";
            post("/api/v1/persons", """
                    {'key': '%1$s-prisoner-%2$s', 'name': 'Prisoner %2$s %1$s', 'confidentiality': '%2$s',
                     'assessments': [{'date': '%3$s-01-15', 'assessedBy': '%1$s-org-%2$s', 'conclusion': 'political_prisoner'}]}""",
                    p, level, year);
            post("/api/v1/cases", """
                    {'key': '%1$s-case-%2$s', 'kind': 'criminal', 'number': 'N-%1$s-%2$s', 'confidentiality': '%2$s',
                     'parties': [{'person': '%1$s-prisoner-%2$s', 'role': 'defendant'}],
                     'stages': [{'kind': 'detained', 'date': '%3$s-02-01'},
                                {'kind': 'measure_of_restraint', 'date': '%3$s-02-03', 'measure': 'pre_trial_detention'},
                                {'kind': 'release', 'date': '%3$s-12-31', 'reason': 'measure_lifted'}]}""", p, level, year);
        }
    }

    private void post(String path, String template, Object... args) {
        created(path, template.formatted(args), Role.ADMIN);
    }

    /** Parses JSON written in a test as a single-quoted string for readability. */
    protected static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    public record Response(int status, JsonNode json, String body) {
        /** The fields named in a 422 problem's errors, e.g. ["$.date", "$.victims[0].person"]. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            if (json != null && json.has("errors")) {
                json.get("errors").forEach(e -> fields.add(e.get("field").asString()));
            }
            return fields;
        }
    }
}
