package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

class SourceAndEventPagesIntegrationTest extends WebIntegrationTest {

    private WebRecords record;
    private String event;
    private String hiddenSource;
    private String hiddenIncident;

    @BeforeEach
    void recordWithAnEvent() {
        String prefix = unique("src");
        record = WebRecords.create(prefix, (path, body) -> send("POST", path, body, Role.REVIEWER), ApiIntegrationTest::json);
        event = prefix + "-protests";
        hiddenSource = prefix + "-informant-note";
        hiddenIncident = prefix + "-hidden-detention";
        assertThat(send("POST", "/api/v1/events", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Protests of 12 June 2019', 'ru': 'Протесты 12 июня 2019 года'},
                 'description': {'original': 'en', 'en': 'Rallies across the country on election day.'},
                 'date': '2019-06-12', 'place': 'kz-almaty-city', 'confidentiality': 'public'}""".formatted(event)), Role.REVIEWER)
                .status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'kind': 'testimony', 'title': {'original': 'en', 'en': 'Note of a confidential informant'},
                 'confidentiality': 'confidential'}""".formatted(hiddenSource)), Role.REVIEWER).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/incidents", json("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Confidential detention during the protests'},
                 'date': '2019-06-12', 'place': 'kz-almaty-city', 'event': '%s', 'types': ['detention'],
                 'confidentiality': 'confidential', 'sources': [{'source': '%s'}]}""".formatted(hiddenIncident, event, hiddenSource)),
                Role.REVIEWER).status()).isEqualTo(201);
        var detention = send("GET", "/api/v1/incidents/" + record.detention(), null, Role.REVIEWER).json();
        var updated = (tools.jackson.databind.node.ObjectNode) detention;
        updated.put("event", event);
        updated.remove("id");
        updated.remove("createdAt");
        updated.remove("updatedAt");
        assertThat(send("PUT", "/api/v1/incidents/" + record.detention(), updated, Role.REVIEWER).status()).isEqualTo(200);
    }

    @Test
    void theSourceListFindsASourceByTitleAndLinksToItsPage() {
        String body = signedIn(Role.VIEWER).get("/sources?q=persecution+of+DVK").body();

        assertThat(body).contains("Kazakhstan: persecution of DVK supporters", "/sources/" + record.source(), "Open Dialogue");
    }

    @Test
    void aSourcePageListsTheRecordsThatCiteItAndTheIncidentPageLinksBack() {
        WebSession viewer = signedIn(Role.VIEWER);

        String source = viewer.get("/sources/" + record.source()).body();
        String incident = viewer.get("/incidents/" + record.detention()).body();

        assertThat(source).contains("Open Dialogue", "https://odfoundation.eu/a", "/incidents/" + record.detention(),
                "Protesters detained in Almaty &lt;script&gt;");
        assertThat(incident).contains("href=\"/sources/" + record.source() + "\"");
    }

    @Test
    void anEditorAttachesAFileWhoseHashIsShownAndWhoseDownloadReturnsTheSameBytes() throws Exception {
        WebSession editor = signedIn(Role.EDITOR);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String csrf = WebSession.csrf(editor.get("/sources/" + record.source()).body());

        HttpResponse<String> upload = editor.postFile("/sources/" + record.source() + "/files", csrf, "file", "verdict.pdf",
                "application/pdf", pdf);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/sources/" + record.source() + "?uploaded");
        String page = editor.get("/sources/" + record.source() + "?uploaded").body();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(page).contains("The file is attached", "verdict.pdf", sha256);
        String link = page.substring(page.indexOf("/sources/" + record.source() + "/files/"));
        link = link.substring(0, link.indexOf('"'));
        HttpResponse<String> download = signedIn(Role.VIEWER).get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Evidence-SHA256")).contains(sha256);
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(pdf.length);
    }

    @Test
    void anEmptyUploadIsRefusedWithAMessageAndViewersMayNotAttachFiles() {
        WebSession editor = signedIn(Role.EDITOR);
        String csrf = WebSession.csrf(editor.get("/sources/" + record.source()).body());

        HttpResponse<String> empty = editor.postFile("/sources/" + record.source() + "/files", csrf, "file", "empty.txt",
                "text/plain", new byte[0]);
        WebSession viewer = signedIn(Role.VIEWER);
        String viewerPage = viewer.get("/sources/" + record.source()).body();
        HttpResponse<String> refused = viewer.postFile("/sources/" + record.source() + "/files", WebSession.csrf(viewerPage),
                "file", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("file: choose a file to attach");
        assertThat(viewerPage).doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/sources/" + record.source() + "/files", null, Role.REVIEWER).json()).isEmpty();
    }

    @Test
    void theEventPageListsItsIncidentsAndHidesTheConfidentialOnesFromViewers() {
        String forViewer = signedIn(Role.VIEWER).get("/events/" + event).body();
        String forReviewer = signedIn(Role.REVIEWER).get("/events/" + event).body();

        assertThat(forViewer).contains("Protests of 12 June 2019", "Rallies across the country", "/incidents/" + record.detention())
                .doesNotContain("Confidential detention", hiddenIncident);
        assertThat(forReviewer).contains("Confidential detention");
        assertThat(signedIn(Role.VIEWER).get("/events").body()).contains("/events/" + event);
    }

    @Test
    void aConfidentialSourceIsNotFoundForViewersAndMissingFromTheirList() {
        WebSession viewer = signedIn(Role.VIEWER);

        assertThat(viewer.get("/sources/" + hiddenSource).statusCode()).isEqualTo(404);
        assertThat(viewer.get("/sources?q=informant").body()).doesNotContain(hiddenSource, "confidential informant");
        assertThat(signedIn(Role.REVIEWER).get("/sources/" + hiddenSource).body()).contains("Note of a confidential informant");
    }

    @Test
    void theSourceAndEventPagesSpeakRussian() {
        WebSession viewer = signedIn(Role.VIEWER);

        assertThat(viewer.get("/sources/" + record.source() + "?lang=ru").body()).contains("Записи, которые на него ссылаются",
                "Файлы-доказательства");
        assertThat(viewer.get("/events/" + event + "?lang=ru").body()).contains("Протесты 12 июня 2019 года", "Инциденты этого события");
    }
}
