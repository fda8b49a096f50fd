package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Texts that PostgreSQL or the record would mangle — a NUL, bytes that are not UTF-8, half a character, a key given
 * twice — are refused with a 400 that names the field, and oversized bodies with a 413, before anything is written;
 * Kazakh letters and characters outside the basic plane pass untouched.
 */
class BadBytesIntegrationTest extends ApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient db;

    private HttpResponse<String> post(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(Role.EDITOR)).header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> createPerson(String nameJson) throws IOException, InterruptedException {
        return post("/api/v1/persons", ("{\"name\": " + nameJson + ", \"confidentiality\": \"internal\"}")
                .getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private long persons(String namePart) {
        return db.sql("select count(*) from person where name like ?").param("%" + namePart + "%").query(Long.class).single();
    }

    @Test
    void aNulInAFilterParameterIsABadRequestNamingTheParameterNotAServerError() {
        for (String parameter : List.of("q", "type", "region", "person", "organization", "article", "from", "sort")) {
            Response response = get("/api/v1/incidents?" + parameter + "=a%00b");

            assertThat(response.status()).as(parameter).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).as(parameter).startsWith(parameter + ": contains a NUL");
        }
        assertThat(get("/api/v1/search?q=%00").status()).isEqualTo(400);
        assertThat(get("/api/v1/incidents?q=%C0%AF").status()).as("an overlong '/' in the address").isEqualTo(400);
    }

    @Test
    void aNulOrHalfACharacterInJsonIsRefusedAtItsPathAndNothingIsRecorded() throws Exception {
        String tag = unique("nul");

        HttpResponse<String> nul = createPerson("\"Aset\\u0000 " + tag + "\"");
        HttpResponse<String> surrogate = createPerson("\"Aset\\ud800 " + tag + "\"");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("$.name: contains a NUL character").doesNotContain("java");
        assertThat(surrogate.statusCode()).isEqualTo(400);
        assertThat(surrogate.body()).contains("$.name: contains a lone surrogate");
        assertThat(persons(tag)).isZero();
    }

    @Test
    void anOverlongUtf8SequenceIsNotTakenForASlash() throws Exception {
        String tag = unique("overlong");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"name\": \"Aset" + " " + tag).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes("\", \"confidentiality\": \"internal\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = post("/api/v1/persons", body.toByteArray(), "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("body: is not UTF-8 text");
        assertThat(persons(tag)).isZero();
    }

    @Test
    void jsonInUtf16IsRefusedRatherThanReadPastTheChecks() throws Exception {
        String tag = unique("utf16");

        HttpResponse<String> response = post("/api/v1/persons", ("{\"name\": \"Aset " + tag + "\", \"name\": \"Asset "
                + tag + "\", \"confidentiality\": \"internal\"}").getBytes(StandardCharsets.UTF_16LE), "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("body: is not UTF-8 text");
        assertThat(persons(tag)).isZero();
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheLastOneWinning() throws Exception {
        String tag = unique("twice");

        HttpResponse<String> response = post("/api/v1/persons", ("{\"name\": \"Aset " + tag + "\", \"confidentiality\": "
                + "\"internal\", \"names\": [{\"name\": \"Asset\", \"script\": \"latin\", \"script\": \"cyrillic\"}]}")
                .getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("$.names[0].script: is given twice");
        assertThat(persons(tag)).isZero();
    }

    @Test
    void aBodyLargerThanAnyRecordNeedsIsRefusedAsTooLarge() throws Exception {
        String huge = "x".repeat(RequestTextFilter.MAX_JSON_BYTES);

        HttpResponse<String> response = createPerson("\"" + huge + "\"");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("body: is larger than 2 MB");
    }

    @Test
    void kazakhLettersAndCharactersBeyondTheBasicPlanePassUntouched() throws Exception {
        String name = "Әсет Қайыржанұлы 𝔸 😀 " + unique("fine");

        HttpResponse<String> response = createPerson("\"" + name + "\"");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(db.sql("select name from person where name = ?").param(name).query(String.class).single()).isEqualTo(name);
    }

    @Test
    void aNulInAPageFormIsRefusedBeforeTheFormIsRead() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin%00&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aMultipartFormsTextFieldsAreCheckedAsAnyFormsOnceSignedInNulAndSizeAlike() throws Exception {
        String source = created("/api/v1/sources", "{'url': 'https://vlast.kz/" + unique("mp") + "', 'kind': 'media'}");
        String path = "/api/v1/sources/" + source + "/files";
        String boundary = unique("kuzet-boundary");

        HttpResponse<String> nul = HTTP.send(upload(path, boundary, "note\u0000", token(Role.EDITOR)),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> large = HTTP.send(upload(path, boundary, "a".repeat(RequestTextFilter.MAX_FORM_BYTES + 1),
                token(Role.EDITOR)), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = HTTP.send(upload(path, boundary, "note", null), HttpResponse.BodyHandlers.ofString());

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("note").doesNotContain("Exception");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(db.sql("select count(*) from evidence_file f join source s on s.id = f.source_id where s.key = ?")
                .param(source).query(Long.class).single()).isZero();
    }

    /** An evidence upload with a text field beside the file, as a signed-in client (a null token: anonymous). */
    private HttpRequest upload(String path, String boundary, String note, String token) {
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nstatement\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }
}
