package org.kuzet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages: the political-prisoner list (English and Russian, its CSV and DOCX downloads opened and read, the export
 * audited), the statistics page with its table of links, chart and map, the records behind a number, the dashboard's
 * charts; and that nothing confidential shows on any of them to a viewer or an editor who did not write it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsPagesIntegrationTest extends ApiIntegrationTest {

    private final String p = unique("sp");
    private final String mark = unique("zqsp");
    private final String scope = "&from=2021-01-01&to=2021-12-31";

    @Autowired
    private JdbcClient db;

    @BeforeAll
    void fixtures() {
        create("/api/v1/organizations", "{'key': '%s-org', 'name': 'Movement %s', 'kind': 'opposition_movement', 'confidentiality': 'public'}", p, p);
        prisoner("nurlan", "Nurlan Prisoner " + p, "public");
        prisoner(mark, "Secret Prisoner " + mark, "confidential");
        incident("public", "Detention in Oral " + p, "public", "kz-oral", "nurlan");
        incident(mark, "Hidden torture " + mark, "confidential", "kz-kyzylorda", mark);
        // in 2022: about 100 people, Nurlan among them; up to 25 people; 12 organisations
        counted("rally", "2022-05-01", "{'person': '%s-nurlan'}".formatted(p), "{'qualifier': 'about', 'value': 100}");
        counted("picket", "2022-05-02", "{'organization': '%s-org'}".formatted(p), "{'qualifier': 'up_to', 'value': 25}");
        counted("inspected", "2022-05-03", "{'organization': '%s-org'}".formatted(p),
                "{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}");
    }

    private void counted(String suffix, String date, String victim, String count) {
        create("/api/v1/incidents", """
                {'key': '%1$s-%2$s-count', 'title': {'original': 'en', 'en': 'Counted %2$s %1$s'}, 'date': '%3$s',
                 'place': 'kz-oral', 'types': ['detention'], 'victims': [%4$s], 'victimCount': %5$s,
                 'reviewStatus': 'published', 'confidentiality': 'public'}""", p, suffix, date, victim, count);
    }

    private void prisoner(String suffix, String name, String confidentiality) {
        create("/api/v1/persons", """
                {'key': '%s-%s', 'name': '%s', 'confidentiality': '%s', 'sensitive': {'consentToPublish': 'yes'},
                 'memberships': [{'organization': '%s-org', 'kind': 'member'}],
                 'assessments': [{'date': '2021-01-15', 'assessedBy': '%s-org', 'conclusion': 'prisoner_of_conscience'}]}""",
                p, suffix, name, confidentiality, p, p);
        create("/api/v1/cases", """
                {'key': '%1$s-%2$s-case', 'kind': 'criminal', 'confidentiality': '%3$s', 'place': 'kz-oral',
                 'parties': [{'person': '%1$s-%2$s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%1$s-%2$s', 'code': 'CC', 'article': '174'}],
                 'stages': [{'kind': 'opened', 'date': '2021-01-10'},
                   {'kind': 'verdict', 'date': '2021-03-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P5Y'}]}]}""",
                p, suffix, confidentiality);
    }

    private void incident(String suffix, String title, String confidentiality, String place, String victim) {
        create("/api/v1/incidents", """
                {'key': '%s-%s-inc', 'title': {'original': 'en', 'en': '%s'}, 'date': '2021-04-05', 'place': '%s',
                 'types': ['detention'], 'victims': [{'person': '%s-%s'}], 'reviewStatus': 'published',
                 'confidentiality': '%s'}""", p, suffix, title, place, p, victim, confidentiality);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** A browser without JavaScript, signed in through the form as a fresh user of a role. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser signIn(Role role) {
            String name = unique(role.code()).toLowerCase();
            users.create(name, role, PASSWORD, false);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page("/login").body());
            assertThat(csrf.find()).isTrue();
            String form = "username=" + name + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var login = send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            return this;
        }

        HttpResponse<String> page(String path) {
            return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> download(String path) {
            return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
            try {
                return http.send(request, body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void thePrisonerListShowsInEnglishAndRussian() {
        Browser viewer = new Browser().signIn(Role.VIEWER);

        var en = viewer.page("/prisoners?asOf=2021-07-01");
        var ru = viewer.page("/prisoners?asOf=2021-07-01&lang=ru");

        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("<h1>Political prisoners</h1>", "Nurlan Prisoner " + p, "5 years' imprisonment",
                "prisoner of conscience", "href=\"/persons/" + p + "-nurlan\"", "type=\"date\"", "name=\"status\"",
                "/prisoners/export?asOf=2021-07-01");
        assertThat(ru.body()).contains("<h1>Политические заключённые</h1>", "5 лет лишения свободы", "узник совести");
    }

    @Test
    void anInvalidDateOnThePageIsRefusedNamingIt() {
        var page = new Browser().signIn(Role.VIEWER).page("/prisoners?asOf=2021-02-30");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("query.asOf");
    }

    @Test
    void theCsvDownloadIsUtf8WithAByteOrderMarkAndIsAudited() throws Exception {
        long before = exports();
        var csv = new Browser().signIn(Role.VIEWER).download("/prisoners/export?asOf=2021-07-01&format=csv&lang=ru");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("political-prisoners-2021-07-01.csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        var reader = new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        CSVRecord nurlan = rows.stream().filter(r -> r.get("Имя").equals("Nurlan Prisoner " + p)).findFirst().orElseThrow();
        assertThat(nurlan.get("Приговор")).isEqualTo("5 лет лишения свободы");
        assertThat(nurlan.get("Правовое положение")).isEqualTo("Отбывает лишение свободы");
        assertThat(exports()).isEqualTo(before + 1);
    }

    @Test
    void theDocxDownloadHasTitleDateAndTable() throws Exception {
        var docx = new Browser().signIn(Role.EDITOR).download("/prisoners/export?asOf=2021-07-01&format=docx");

        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("Political prisoners", "As of: 2021-07-01");
            var table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getCell(4).getText()).isEqualTo("Sentence");
            assertThat(table.getRows()).anySatisfy(r -> assertThat(r.getCell(0).getText()).isEqualTo("Nurlan Prisoner " + p));
        }
    }

    @Test
    void theStatisticsPageLinksEveryNumberAndDrawsChartAndMapInEnglishAndRussian() {
        Browser viewer = new Browser().signIn(Role.VIEWER);

        var en = viewer.page("/stats?unit=incidents&by=region&organization=" + p + "-org" + scope);
        var ru = viewer.page("/stats?unit=persons&by=month&organization=" + p + "-org" + scope + "&lang=ru");

        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("<h1>Statistics</h1>", "West Kazakhstan Region", "data-chart=\"", "data-map=\"",
                "data-geo=\"/geo/kaz-admin1.json\"", "href=\"/stats/records?unit=incidents&amp;by=region",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "/assets/charts.js", "Abai Region is counted on East Kazakhstan");
        assertThat(ru.statusCode()).isEqualTo(200);
        assertThat(ru.body()).contains("<h1>Статистика</h1>", "Группировать по", "2021-04");
        assertThat(viewer.page("/geo/kaz-admin1.json").body()).contains("\"KZ.EK\"");
    }

    @Test
    void theRecordsPageListsTheRecordsBehindANumber() {
        var page = new Browser().signIn(Role.VIEWER)
                .page("/stats/records?unit=incidents&by=region&organization=" + p + "-org" + scope + "&group=kz-west-kazakhstan-region");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/incidents/" + p + "-public-inc\"", "Detention in Oral " + p);
    }

    @Test
    void theStatisticsAndRecordsPagesSayHowExactACountOfPersonsIsAndLeaveOutCountsOfOrganisations() {
        Browser viewer = new Browser().signIn(Role.VIEWER);
        String query = "unit=persons&by=year&organization=" + p + "-org&from=2022-01-01&to=2022-12-31";

        var stats = viewer.page("/stats?" + query);
        var records = viewer.page("/stats/records?" + query);
        var ru = viewer.page("/stats?" + query + "&lang=ru");

        // Nurlan and about 99 others, and 1 to 25 at the picket; the 12 organisations are no persons
        assertThat(stats.body()).contains(">about 101 to 125</a>").doesNotContain(">at least");
        assertThat(ru.body()).contains(">примерно от 101 до 125</a>");
        assertThat(records.body()).contains("about 101 to 125 (", "adds about 99 unnamed persons",
                "adds between 1 and 25 unnamed persons", "Counted rally " + p, "Counted picket " + p)
                .doesNotContain("Counted inspected " + p);
    }

    @Test
    void badStatisticsParametersOnThePageAreNamed() {
        var page = new Browser().signIn(Role.VIEWER).page("/stats?unit=victims");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("query.unit");
    }

    @Test
    void theDashboardDrawsIncidentsPerMonthAndTheMap() {
        var page = new Browser().signIn(Role.VIEWER).page("/");

        assertThat(page.body()).contains("Incidents per month", "data-chart=\"", "data-map=\"", "/assets/charts.js");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/prisoners", "/stats", "/stats/records", "/prisoners/export")) {
            assertThat(new Browser().page(path).statusCode()).as(path).isEqualTo(302);
        }
    }

    @Test
    void nothingConfidentialShowsOnThePagesToAViewerOrAnEditorWhoDidNotWriteIt() {
        List<String> paths = List.of("/prisoners?asOf=2021-07-01", "/", "/stats?unit=incidents&by=region" + scope,
                "/stats?unit=persons&by=type" + scope, "/stats?unit=cases&by=region" + scope,
                "/stats/records?unit=incidents&by=region&group=kz-kyzylorda-region" + scope,
                "/stats/records?unit=persons&by=year" + scope);
        for (Role role : List.of(Role.VIEWER, Role.EDITOR)) {
            Browser browser = new Browser().signIn(role);
            for (String path : paths) {
                var page = browser.page(path);
                assertThat(page.statusCode()).as(role + " " + path).isEqualTo(200);
                assertThat(page.body()).as(role + " " + path).doesNotContain(mark).doesNotContain("Kyzylorda Region: ");
            }
            assertThat(new String(browser.download("/prisoners/export?asOf=2021-07-01&format=csv").body(), StandardCharsets.UTF_8))
                    .doesNotContain(mark);
        }
        assertThat(new Browser().signIn(Role.ADMIN).page("/prisoners?asOf=2021-07-01").body()).contains(mark);
    }

    private long exports() {
        return db.sql("select count(*) from audit_event where action = 'export' and subject_type = 'political_prisoners'")
                .query(Long.class).single();
    }
}
