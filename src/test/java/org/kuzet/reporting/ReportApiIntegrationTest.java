package org.kuzet.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.reporting.ReportFixture.Download;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kuzet.reporting.ReportFixture.assertInOrder;

/**
 * Reports as users download them: opened with POI (DOCX) and PDFBox (PDF), read as HTML and Markdown. The record
 * holds, for 2013, published public incidents with public sources (one in Cyrillic), a victim who consented to
 * publication and one who did not, and beside them a confidential incident, an unpublished one, a source of
 * testimony, a confidential political prisoner and a confidential recommendation: each of those carries the marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIntegrationTest extends ApiIntegrationTest {

    private static final String FROM = "2013-01-01";
    private static final String TO = "2013-12-31";
    private static final List<String> FORMATS = List.of("docx", "pdf", "html", "md");

    private final String mark = unique("zqx");
    private final String p = unique("rep");

    @BeforeAll
    void recordOf2013() {
        create("/api/v1/organizations", "{'key': '%s-kibhr', 'name': 'KIBHR %s', 'kind': 'ngo', 'confidentiality': 'public'}", p, p);
        create("/api/v1/sources", "{'key': '%s-s1', 'url': 'https://example.org/%s/one', 'title': {'original': 'en', 'en': 'Activists detained'},"
                + " 'outlet': 'Example News', 'kind': 'media', 'publishedOn': '2013-03-02', 'confidentiality': 'public'}", p, p);
        create("/api/v1/sources", "{'key': '%s-s2', 'url': 'https://example.kz/%s/two', 'title': {'original': 'ru', 'ru': 'Задержание в Шымкенте'},"
                + " 'kind': 'media', 'confidentiality': 'public'}", p, p);
        // testimony: public as a record, but of a kind a public report never cites
        create("/api/v1/sources", "{'key': '%s-witness', 'url': 'https://example.org/%s', 'title': {'original': 'en', 'en': 'Witness %s'},"
                + " 'kind': 'testimony', 'confidentiality': 'public'}", mark, mark, mark);
        create("/api/v1/sources", "{'key': '%s-secret', 'url': 'https://example.org/secret/%s', 'title': {'original': 'en', 'en': 'Secret %s'},"
                + " 'kind': 'media', 'confidentiality': 'confidential'}", mark, mark, mark);
        create("/api/v1/persons", "{'key': '%s-named', 'name': 'Асет Жанболатов', 'place': 'kz-almaty-city', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes'}}", p);
        create("/api/v1/persons", "{'key': '%s-nc', 'name': 'Unconsenting %s', 'place': 'kz-shymkent-city', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'no'}}", mark, mark);
        create("/api/v1/incidents", incident(p + "-rally", "Activists detained at a rally in Shymkent", "public", "published",
                "assembly', 'expression", "[{'person': '" + p + "-named'}, {'person': '" + mark + "-nc'}]",
                "[{'source': '" + p + "-s1'}, {'source': '" + p + "-s2'}, {'source': '" + mark + "-witness'}, {'source': '" + mark + "-secret'}]"));
        create("/api/v1/incidents", incident(p + "-blogger", "Blogger fined over a post", "public", "published", "expression",
                "[]", "[{'source': '" + p + "-s1'}, {'source': '" + p + "-s2'}]"));
        create("/api/v1/incidents", incident(mark + "-conf", "Confidential detention " + mark, "confidential", "published",
                "association", "[]", "[{'source': '" + p + "-s1'}]"));
        create("/api/v1/incidents", incident(mark + "-draft", "Unpublished draft " + mark, "public", "draft",
                "association", "[]", "[{'source': '" + p + "-s1'}]"));
        // political prisoners: one public, one confidential (the marker)
        prisoner(p + "-pp", "Нурлан Публичный", "public");
        prisoner(mark + "-pp", "Secret Prisoner " + mark, "confidential");
        // figures other organisations reported: one of the period with its own source, one before it, one confidential
        create("/api/v1/sources", "{'key': '%s-s3', 'url': 'https://example.org/%s/kibhr-2013', 'title': {'original': 'en',"
                + " 'en': 'KIBHR annual report 2013'}, 'kind': 'ngo_report', 'confidentiality': 'public'}", p, p);
        create("/api/v1/reported-figures", "{'key': '%s-fig', 'description': {'original': 'en', 'en': 'persons prosecuted for their"
                + " beliefs', 'ru': 'человек преследовались за убеждения'}, 'count': {'qualifier': 'more_than', 'value': 300,"
                + " 'unit': 'persons'}, 'from': '2013-01-01', 'fromPrecision': 'year', 'place': 'kz', 'reportedBy': '%s-kibhr',"
                + " 'confidentiality': 'public', 'sources': [{'source': '%s-s3', 'locator': 'p. 4'}]}", p, p, p);
        create("/api/v1/reported-figures", "{'key': '%s-fig-2012', 'description': {'original': 'en', 'en': 'fined in 2012 %s'},"
                + " 'count': {'qualifier': 'exact', 'value': 12}, 'from': '2012-01-01', 'fromPrecision': 'year',"
                + " 'reportedByText': 'Another bureau', 'confidentiality': 'public'}", p, p);
        create("/api/v1/reported-figures", "{'key': '%s-fig', 'description': {'original': 'en', 'en': 'detained in secret %s'},"
                + " 'count': {'qualifier': 'about', 'value': 40}, 'from': '2013-03-01', 'fromPrecision': 'month',"
                + " 'reportedByText': 'A source in confidence', 'confidentiality': 'confidential'}", mark, mark);
        create("/api/v1/recommendations", "{'key': '%s-rec', 'right': 'expression', 'addresseeText': 'the Government of Kazakhstan',"
                + " 'text': {'original': 'en', 'en': 'Stop prosecuting bloggers %s', 'ru': 'Прекратить преследование блогеров %s'},"
                + " 'confidentiality': 'public'}", p, p, p);
        create("/api/v1/recommendations", "{'key': '%s-rec', 'right': 'expression', 'addressee': '%s-kibhr',"
                + " 'text': {'original': 'en', 'en': 'Confidential advice %s'}, 'confidentiality': 'confidential'}", mark, p, mark);
    }

    private String incident(String key, String title, String level, String status, String rights, String victims, String sources) {
        return ("{'key': '%s', 'title': {'original': 'en', 'en': '%s'}, 'narrative': {'original': 'en', 'en': 'What happened to %s.'},"
                + " 'date': '2013-03-01', 'place': 'kz-shymkent-city', 'types': ['detention'], 'rights': ['%s'],"
                + " 'confidentiality': '%s', 'reviewStatus': '%s', 'victims': %s, 'sources': %s}")
                .formatted(key, title, key, rights, level, status, victims, sources);
    }

    private void prisoner(String key, String name, String level) {
        create("/api/v1/persons", "{'key': '%s', 'name': '%s', 'confidentiality': '%s', 'sensitive': {'consentToPublish': 'yes'},"
                + " 'description': {'original': 'en', 'en': 'Case of %s.'}, 'sources': [{'source': '%s-s1'}],"
                + " 'assessments': [{'date': '2013-02-01', 'assessedBy': '%s-kibhr', 'conclusion': 'political_prisoner'}]}",
                key, name, level, key, p, p);
        create("/api/v1/cases", "{'key': '%1$s-case', 'kind': 'criminal', 'confidentiality': '%2$s',"
                + " 'parties': [{'person': '%1$s', 'role': 'defendant'}],"
                + " 'charges': [{'defendant': '%1$s', 'code': 'CC', 'article': '174', 'part': '1'}],"
                + " 'stages': [{'kind': 'opened', 'date': '2013-01-10'},"
                + " {'kind': 'verdict', 'date': '2013-03-01', 'outcome': 'convicted', 'sentence': [{'kind': 'imprisonment', 'duration': 'P5Y'}]}]}",
                key, level);
    }

    private void create(String path, String template, Object... args) {
        var created = send("POST", path, json(template.formatted(args)), Role.ADMIN);
        assertThat(created.status()).as(path + ": " + created.body()).isEqualTo(201);
    }

    private Download report(Role role, String template, String format, String audience, String language) {
        return ReportFixture.post(port, role == null ? null : token(role), """
                {"template": "%s", "from": "%s", "to": "%s", "audience": "%s", "language": "%s", "format": "%s"}"""
                .formatted(template, FROM, TO, audience, language, format));
    }

    @Test
    void docxHasTheBriefingSectionsInOrderAndRealFootnotesCitingEachSourceOnceWithItsUrl() throws Exception {
        Download docx = report(Role.EDITOR, "briefing", "docx", "internal", "en");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.disposition()).contains("attachment", "briefing-2013-01-01-2013-12-31-internal-en.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> headings = ReportFixture.docxHeadings(doc).stream().filter(h -> !h.startsWith("Heading2")).toList();
            assertThat(headings).containsExactly(
                    "Title: Key concerns and recommendations on the protection of fundamental rights in Kazakhstan",
                    "Heading1: Summary", "Heading1: Media freedom and freedom of expression", "Heading1: Freedom of association",
                    "Heading1: Freedom of peaceful assembly", "Heading1: Other concerns: fair trial, liberty and freedom from torture",
                    "Heading1: Developments concerning political prisoners", "Heading1: The period in numbers");

            // every footnote is referenced from the text, and every reference points at a footnote
            Set<BigInteger> referenced = new TreeSet<>();
            for (XWPFParagraph paragraph : doc.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    run.getCTR().getFootnoteReferenceList().forEach(r -> referenced.add(r.getId()));
                }
            }
            Set<BigInteger> footnotes = new TreeSet<>();
            Map<String, Integer> urls = new LinkedHashMap<>();
            for (XWPFFootnote footnote : doc.getFootnotes()) {
                footnotes.add(footnote.getId());
                String text = footnote.getParagraphs().getFirst().getText();
                String url = text.substring(text.lastIndexOf(' ') + 1);
                assertThat(url).as(text).startsWith("https://");
                urls.merge(url, 1, Integer::sum);
            }
            assertThat(referenced).isEqualTo(footnotes);
            assertThat(urls).containsKeys("https://example.org/" + p + "/one", "https://example.kz/" + p + "/two");
            assertThat(urls.values()).as("each source is one footnote").allMatch(n -> n == 1);
            String body = ReportFixture.docxText(docx.body());
            assertThat(body).contains("Activists detained at a rally in Shymkent", "Blogger fined over a post",
                    "Stop prosecuting bloggers " + p, "Нурлан Публичный", "Задержание в Шымкенте");
        }
    }

    @Test
    void pdfTextHasTheSectionsTheEndnotesWithLinksAndCyrillic() {
        Download pdf = report(Role.VIEWER, "briefing", "pdf", "internal", "ru");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        // generating is audited with its parameters, under the user who asked
        var audit = send("GET", "/api/v1/audit?action=report_generated&size=500", null, Role.ADMIN).json();
        List<JsonNode> mine = new ArrayList<>();
        audit.get("items").forEach(e -> {
            if ("pdf".equals(e.get("details").get("format").asString()) && "ru".equals(e.get("details").get("language").asString())
                    && FROM.equals(e.get("details").get("from").asString())) {
                mine.add(e);
            }
        });
        assertThat(mine).isNotEmpty();
        assertThat(mine.getFirst().get("subjectKey").asString()).isEqualTo("briefing");
        assertThat(mine.getFirst().get("actorRole").asString()).isEqualTo("viewer");
        assertThat(mine.getFirst().get("details").get("audience").asString()).isEqualTo("internal");
        String text = ReportFixture.pdfText(pdf.body());
        assertInOrder(text, "Основные проблемы и рекомендации", "Резюме", "Свобода СМИ и свобода выражения мнений",
                "Свобода объединений", "Свобода мирных собраний", "Политические заключённые", "Период в цифрах", "Источники");
        String notes = text.substring(text.lastIndexOf("Источники"));
        assertThat(notes).contains("Задержание в Шымкенте", "example.kz/" + p + "/two", "example.org/" + p + "/one");
        assertThat(text).contains("Асет Жанболатов", "Прекратить преследование блогеров " + p);
    }

    @Test
    void htmlIsStandaloneWithEndnoteLinksAndMarkdownHasFootnotes() {
        Download html = report(Role.VIEWER, "quarterly", "html", "internal", "en");
        assertThat(html.contentType()).startsWith("text/html");
        String page = html.text();
        assertInOrder(page, "<h1>Civic space update", "<h2>Introduction</h2>", "<h2>Association</h2>",
                "<h2>Peaceful Assembly</h2>", "<h2>Expression</h2>", "<h2>Sources</h2>");
        assertThat(page).contains("<h3>Activists detained at a rally in Shymkent</h3>", "href=\"#note-1\"", "id=\"note-1\"",
                "<a href=\"https://example.org/" + p + "/one\">");
        assertThat(page).doesNotContain("<script", "<link", "src=\"http");

        Download md = report(Role.VIEWER, "quarterly", "md", "internal", "en");
        assertThat(md.contentType()).startsWith("text/markdown");
        String markdown = md.text();
        assertInOrder(markdown, "# Civic space update", "## Introduction", "## Association", "## Peaceful Assembly", "## Expression");
        assertThat(markdown).contains("### Activists detained at a rally in Shymkent", "[^1]", "[^1]: ",
                "<https://example.org/" + p + "/one>");
    }

    /** Each table row and chart bar of the statistics section is what /api/v1/stats answers for the same question. */
    @Test
    void everyStatisticInTheReportEqualsTheStatsApi() {
        String markdown = report(Role.EDITOR, "briefing", "md", "internal", "en").text();
        String numbers = markdown.substring(markdown.indexOf("## The period in numbers"));
        Map<String, String> queries = Map.of(
                "Incidents by freedom concerned", "unit=incidents&by=right",
                "Incidents by type", "unit=incidents&by=type",
                "Persons prosecuted, by article", "unit=persons&by=article&stage=charged&stage=convicted");
        int tables = 0;
        int bars = 0;
        String title = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : (numbers + "\n").split("\n")) {
            if (line.equals("**Reported by others**")) {
                // other organisations' figures follow the statistics: not the record's numbers
                break;
            }
            if (line.startsWith("**") && line.endsWith("**")) {
                title = line.substring(2, line.length() - 2);
            } else if (line.startsWith("| ") && !line.startsWith("| ---")) {
                rows.add(cells(line));
            } else if (line.startsWith("- ") && title != null) {
                // a chart bar: "- label: value", the first measure of the group
                String bar = unescape(line.substring(2));
                String label = bar.substring(0, bar.lastIndexOf(": "));
                JsonNode stats = stats(queries.get(title));
                assertThat(groupValues(stats, label)).as(bar).startsWith(bar.substring(bar.lastIndexOf(": ") + 2));
                bars++;
            } else if (line.isBlank() && !rows.isEmpty()) {
                JsonNode stats = stats(queries.get(title));
                List<List<String>> expected = new ArrayList<>();
                stats.get("groups").forEach(g -> {
                    List<String> row = new ArrayList<>(List.of(g.get("label").asString()));
                    g.get("counts").forEach(c -> row.add(c.get("text").asString()));
                    expected.add(row);
                });
                List<String> total = new ArrayList<>(List.of("Total"));
                stats.get("totals").forEach(c -> total.add(c.get("text").asString()));
                expected.add(total);
                assertThat(rows.subList(1, rows.size())).as(title).isEqualTo(expected);
                rows.clear();
                tables++;
            }
        }
        assertThat(tables).isEqualTo(3);
        assertThat(bars).isPositive();
        String total = stats("unit=incidents&by=right").get("totals").get(0).get("text").asString();
        assertThat(markdown).contains("For this period, the record holds " + total + " incidents.");
    }

    /**
     * The figures other organisations reported for the period follow the statistics as a short list, labelled as
     * theirs, each with its source as a footnote; a figure of another period, and one the reader may not see, are not
     * there.
     */
    @Test
    void reportedFiguresOfThePeriodFollowTheStatisticsWithTheirSourcesFootnoted() throws Exception {
        String markdown = report(Role.EDITOR, "briefing", "md", "internal", "en").text();
        String numbers = markdown.substring(markdown.indexOf("## The period in numbers"));
        assertInOrder(numbers, "**Persons prosecuted, by article**", "**Reported by others**",
                "They are their counts, not the record's");
        Matcher line = Pattern.compile("- \\*\\*more than 300\\*\\* persons prosecuted for their beliefs \\(KIBHR "
                + Pattern.quote(p) + ", 2013\\)\\[\\^(\\d+)]").matcher(numbers);
        assertThat(line.find()).as(numbers).isTrue();
        assertThat(markdown).contains("[^" + line.group(1) + "]: KIBHR annual report 2013");
        assertThat(markdown.substring(markdown.indexOf("[^" + line.group(1) + "]: "))).startsWith(
                "[^" + line.group(1) + "]: KIBHR annual report 2013").contains("https://example.org/" + p + "/kibhr-2013");
        assertThat(markdown).doesNotContain("fined in 2012 " + p, "detained in secret " + mark);

        // the same in a DOCX, the source a real footnote; in Russian, the figure's Russian description
        String docx = ReportFixture.docxText(report(Role.EDITOR, "briefing", "docx", "internal", "en").body());
        assertThat(docx).contains("Reported by others", "more than 300 persons prosecuted for their beliefs (KIBHR " + p
                + ", 2013)", "KIBHR annual report 2013");
        String russian = report(Role.EDITOR, "briefing", "md", "internal", "ru").text();
        assertThat(russian).contains("По данным других организаций", "**более 300** человек преследовались за убеждения");
        // the public edition has the public figure and its public source too
        String published = report(Role.VIEWER, "briefing", "md", "public", "en").text();
        assertThat(published).contains("**more than 300** persons prosecuted for their beliefs");
        // reviewers see the confidential figure in an internal report
        assertThat(report(Role.ADMIN, "briefing", "md", "internal", "en").text()).contains("detained in secret " + mark);
    }

    private JsonNode stats(String query) {
        var response = send("GET", "/api/v1/stats?" + query + "&from=" + FROM + "&to=" + TO + "&lang=en", null, Role.EDITOR);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> groupValues(JsonNode stats, String label) {
        List<String> values = new ArrayList<>();
        stats.get("groups").forEach(g -> {
            if (g.get("label").asString().equals(label)) {
                values.add(Long.toString(g.get("counts").get(0).get("value").asLong()));
            }
        });
        return values;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
            cells.add(unescape(cell.strip()));
        }
        return cells;
    }

    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1");
    }

    @Test
    void publicReportHoldsNoConfidentialUnpublishedOrUnconsentingMarkerInAnyFormat() {
        for (String template : List.of("briefing", "quarterly")) {
            for (String format : FORMATS) {
                for (Role role : List.of(Role.VIEWER, Role.ADMIN)) {
                    Download report = report(role, template, format, "public", "en");
                    assertThat(report.status()).isEqualTo(200);
                    // lines of a PDF break anywhere, and its superscript note numbers land at the line's end
                    String text = ReportFixture.text(format, report.body()).replaceAll("\\s+", " ");
                    assertThat(text).as(template + " " + format + " as " + role).doesNotContain(mark)
                            .contains("Activists detained at a rally in Shymkent", "a resident of Shymkent", "Жанболатов",
                                    "Public edition");
                }
            }
        }
        // the internal report of an administrator holds what the public one withholds: the fixture is not vacuous
        String internal = ReportFixture.text("md", report(Role.ADMIN, "briefing", "md", "internal", "en").body());
        assertThat(internal).contains("Confidential detention " + mark, "Unpublished draft " + mark, "Witness " + mark,
                "Secret Prisoner " + mark, "Confidential advice " + mark, "Unconsenting " + mark);
    }

    @Test
    void internalReportsShowNoMoreThanTheCallersClearance() {
        String viewer = report(Role.VIEWER, "briefing", "md", "internal", "en").text();
        assertThat(viewer).doesNotContain("Confidential detention " + mark, "Secret Prisoner " + mark, "Confidential advice " + mark)
                .contains("Unpublished draft " + mark, "Internal edition");
    }

    @Test
    void anonymousVisitorsCannotGenerateReportsAndBadRequestsNameTheField() {
        assertThat(report(null, "briefing", "pdf", "public", "en").status()).isEqualTo(401);
        var bad = send("POST", "/api/v1/reports", json("{'template': 'nosuch', 'from': '2013-13-01', 'to': '2012-01-01',"
                + " 'audience': 'everyone', 'language': 'de', 'format': 'odt', 'place': 'atlantis'}"), Role.VIEWER);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).contains("$.template", "$.from", "$.audience", "$.language", "$.format", "$.place");
        var backwards = send("POST", "/api/v1/reports", json("{'template': 'briefing', 'from': '2013-02-01', 'to': '2013-01-01',"
                + " 'format': 'md'}"), Role.VIEWER);
        assertThat(backwards.errorFields()).containsExactly("$.to");
    }

    @Test
    void administratorsEditTemplatesWhichAreValidatedAndCanBeReset() {
        JsonNode builtIn = send("GET", "/api/v1/report-templates/quarterly", null, Role.VIEWER).json();
        assertThat(builtIn.get("builtIn").asBoolean()).isTrue();
        assertThat(builtIn.get("version").asInt()).isZero();
        var list = send("GET", "/api/v1/report-templates", null, Role.VIEWER);
        assertThat(list.body()).contains("\"briefing\"", "\"quarterly\"");

        String retitled = unique("Retitled");
        String edited = builtIn.toString().replace("Civic space update", "Civic space update " + retitled);
        assertThat(send("PUT", "/api/v1/report-templates/quarterly", edited, Role.EDITOR).status()).isEqualTo(403);
        var saved = send("PUT", "/api/v1/report-templates/quarterly", edited, Role.ADMIN);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(report(Role.VIEWER, "quarterly", "md", "internal", "en").text()).startsWith("# Civic space update " + retitled);
        // saving again from the same read is a conflict: somebody saved since
        assertThat(send("PUT", "/api/v1/report-templates/quarterly", edited, Role.ADMIN).status()).isEqualTo(409);

        String invalid = saved.json().toString().replace("\"kind\":\"freedom\"", "\"kind\":\"poem\"")
                .replace("\"assembly\"", "\"flying\"");
        var refused = send("PUT", "/api/v1/report-templates/quarterly", invalid, Role.ADMIN);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).contains("$.definition.sections[1].kind", "$.definition.sections[2].rights[0]");

        assertThat(send("POST", "/api/v1/report-templates/quarterly/reset", null, Role.EDITOR).status()).isEqualTo(403);
        var reset = send("POST", "/api/v1/report-templates/quarterly/reset", null, Role.ADMIN);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("version").asInt()).isZero();
        assertThat(report(Role.VIEWER, "quarterly", "md", "internal", "en").text()).doesNotContain(retitled);
    }

    @Test
    void recommendationsAreRecordsWithValidationLockingAndDeletion() {
        var created = send("POST", "/api/v1/recommendations", json("{'right': 'assembly', 'addresseeText': 'the Parliament',"
                + " 'text': {'original': 'en', 'en': 'Repeal the law on assemblies " + p + "'}, 'confidentiality': 'public'}"), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = created.json().get("key").asString();
        assertThat(send("POST", "/api/v1/recommendations", json("{'right': 'assembly', 'text': {'original': 'en', 'en': 'x'}}"),
                Role.VIEWER).status()).isEqualTo(403);
        var bad = send("POST", "/api/v1/recommendations", json("{'right': 'flying', 'text': {'original': 'en'},"
                + " 'confidentiality': 'secret'}"), Role.EDITOR);
        assertThat(bad.errorFields()).contains("$.right", "$.addressee", "$.text.en", "$.confidentiality");

        var viewerList = send("GET", "/api/v1/recommendations?right=assembly", null, Role.VIEWER);
        assertThat(viewerList.body()).contains("Repeal the law on assemblies " + p);
        String update = created.json().toString().replace("Repeal the law", "Amend the law");
        assertThat(send("PUT", "/api/v1/recommendations/" + key, update, Role.EDITOR).json().get("version").asInt()).isEqualTo(2);
        assertThat(send("PUT", "/api/v1/recommendations/" + key, update, Role.EDITOR).status()).isEqualTo(409);
        assertThat(report(Role.VIEWER, "briefing", "md", "public", "en").text()).contains("Amend the law on assemblies " + p,
                "To the Parliament:");

        assertThat(send("DELETE", "/api/v1/recommendations/" + key, json("{'reason': ''}"), Role.EDITOR).errorFields())
                .containsExactly("$.reason");
        assertThat(send("DELETE", "/api/v1/recommendations/" + key, json("{'reason': 'superseded'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/recommendations/" + key, null, Role.VIEWER).status()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/recommendations", null, (String) null, "application/json").status()).isEqualTo(401);
    }
}
