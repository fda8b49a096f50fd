package org.kuzet.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.shared.AuditEvent;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.OwnerView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Evidence files of a source: upload, list and download, sealed at rest, checked and audited. */
class EvidenceApiIntegrationTest extends ApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MARKER = "Testimony of Gulnara Bazhkenova, Zhanaozen, 16 December";
    private static final List<AuditEvent> AUDITED = new CopyOnWriteArrayList<>();
    private static volatile boolean listening;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Value("${kuzet.data-dir:./kuzet-data}")
    Path dataDir;

    @BeforeEach
    void listenToAuditEvents() {
        if (!listening) {
            context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<AuditEvent>>) e ->
                    AUDITED.add(e.getPayload()));
            listening = true;
        }
    }

    @Test
    void aPdfRoundTripsWithItsNameTypeAndSha256AndEveryUploadAndDownloadIsAudited() throws Exception {
        String source = aSource();
        byte[] pdf = pdf(MARKER);
        String name = "Показания свидетеля «Жанаозен».pdf";

        HttpResponse<byte[]> uploaded = upload(source, name, "application/pdf", pdf, token(Role.EDITOR));
        JsonNode file = JSON.readTree(uploaded.body());
        long id = file.get("id").asLong();
        JsonNode listed = JSON.readTree(request("GET", "/api/v1/sources/" + source + "/files", token(Role.VIEWER)).body());
        HttpResponse<byte[]> downloaded = request("GET", "/api/v1/sources/" + source + "/files/" + id, token(Role.VIEWER));

        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(file.get("fileName").asString()).isEqualTo(name);
        assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(file.get("uploadedBy").asString()).startsWith("editor-");
        assertThat(file.has("uploadedAt")).isTrue();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(listed.get(0).get("fileName").asString()).isEqualTo(name);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(AUDITED).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("evidence_uploaded");
            assertThat(e.subjectKey()).isEqualTo(source);
            assertThat(e.details()).containsEntry("fileId", id).containsEntry("sha256", sha256(pdf));
        });
        assertThat(AUDITED).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("evidence_downloaded");
            assertThat(e.details()).containsEntry("fileId", id).containsEntry("sha256", sha256(pdf));
        });
    }

    @Test
    void neitherTheEvidenceFolderNorTheDatabaseHoldsTheFileOrItsNameInPlainText() throws Exception {
        String source = aSource();
        String secretName = "witness-" + UUID.randomUUID() + ".txt";
        String text = MARKER + " " + UUID.randomUUID();
        assertThat(upload(source, secretName, "text/plain", text.getBytes(StandardCharsets.UTF_8), token(Role.EDITOR))
                .statusCode()).isEqualTo(201);

        String rows = OwnerView.of(owner).sql("select string_agg(row_to_json(f)::text, '') from evidence_file f")
                .query(String.class).single();
        List<byte[]> names = OwnerView.of(owner).sql("select file_name from evidence_file").query(byte[].class).list();
        assertThat(rows).doesNotContain(secretName).doesNotContain("witness-");
        assertThat(names).allSatisfy(n -> assertThat(new String(n, StandardCharsets.UTF_8)).doesNotContain("witness-"));
        try (Stream<Path> stored = Files.list(dataDir.resolve("evidence"))) {
            List<Path> files = stored.toList();
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("Bazhkenova");
            }
        }
    }

    @Test
    void aFileWhoseDeclaredTypeDisagreesWithItsBytesOrWhoseTypeIsNotAllowedIsRefusedNamingTheDetectedType()
            throws Exception {
        String source = aSource();

        HttpResponse<byte[]> disguised = upload(source, "photo.pdf", "application/pdf", png(), token(Role.EDITOR));
        HttpResponse<byte[]> program = upload(source, "report.pdf", "application/octet-stream",
                "MZ\u0090\u0000\u0003\u0000\u0000\u0000PE program".getBytes(StandardCharsets.ISO_8859_1), token(Role.EDITOR));
        HttpResponse<byte[]> empty = upload(source, "empty.txt", "text/plain", new byte[0], token(Role.EDITOR));
        HttpResponse<byte[]> photo = upload(source, "photo.png", "image/png", png(), token(Role.EDITOR));

        assertThat(disguised.statusCode()).isEqualTo(422);
        assertThat(new String(disguised.body(), StandardCharsets.UTF_8)).contains("\"field\":\"file\"", "image/png");
        assertThat(program.statusCode()).isEqualTo(422);
        assertThat(new String(program.body(), StandardCharsets.UTF_8)).contains("\"field\":\"file\"", "application/x-");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(photo.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(request("GET", "/api/v1/sources/" + source + "/files", token(Role.EDITOR)).body()))
                .hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimitAndNothingIsStored() throws Exception {
        String source = aSource();
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy(pdf("large").clone(), 0, big, 0, 20);

        HttpResponse<byte[]> response = upload(source, "huge.pdf", "application/pdf", big, token(Role.EDITOR));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("50 MB", "kuzet.evidence.max-size");
        assertThat(JSON.readTree(request("GET", "/api/v1/sources/" + source + "/files", token(Role.EDITOR)).body()))
                .isEmpty();
    }

    @Test
    void anonymousVisitorsGetNoFilesAndViewersCannotUpload() throws Exception {
        String source = aSource();
        long id = JSON.readTree(upload(source, "a.txt", "text/plain", "plain words".getBytes(StandardCharsets.UTF_8),
                token(Role.REVIEWER)).body()).get("id").asLong();

        assertThat(request("GET", "/api/v1/sources/" + source + "/files", null).statusCode()).isEqualTo(401);
        assertThat(request("GET", "/api/v1/sources/" + source + "/files/" + id, null).statusCode()).isEqualTo(401);
        assertThat(upload(source, "b.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8), null).statusCode())
                .isEqualTo(401);
        assertThat(upload(source, "b.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8), token(Role.VIEWER))
                .statusCode()).isEqualTo(403);
        assertThat(request("GET", "/api/v1/sources/" + aSource() + "/files/" + id, token(Role.VIEWER)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aStoredFileThatWasTamperedWithIsRefusedWithAClearProblem() throws Exception {
        String source = aSource();
        long id = JSON.readTree(upload(source, "note.txt", "text/plain", "what the monitor saw".getBytes(StandardCharsets.UTF_8),
                token(Role.EDITOR)).body()).get("id").asLong();
        Path sealed = dataDir.resolve("evidence").resolve(id + ".sealed");
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length - 1] ^= 1;
        Files.write(sealed, bytes);

        HttpResponse<byte[]> response = request("GET", "/api/v1/sources/" + source + "/files/" + id, token(Role.EDITOR));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("evidence-tampered", "evidence file " + id + " no longer matches what was uploaded");
    }

    private String aSource() {
        String key = unique("evidence-source");
        assertThat(send("POST", "/api/v1/sources", json(("{'key': '%s', 'title': {'original': 'en', 'en': 'Evidence'}, "
                + "'kind': 'testimony'}").formatted(key)), Role.EDITOR).status()).isEqualTo(201);
        return key;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                + "1f15c4890000000d49444154789c6360000002000154a24f9d0000000049454e44ae426082");
    }

    private HttpResponse<byte[]> upload(String source, String name, String type, byte[] content, String token)
            throws IOException, InterruptedException {
        String boundary = "kuzet" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sources/"
                        + source + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> request(String method, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
