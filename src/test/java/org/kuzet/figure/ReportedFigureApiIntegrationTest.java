package org.kuzet.figure;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported figures through the API: "more than 300 persons prosecuted in 2020" by a human rights bureau, "more than 200
 * people detained in Almaty on 22 February", a quarter's convictions under Article 405.
 */
class ReportedFigureApiIntegrationTest extends ApiIntegrationTest {

    private String aBureau() {
        return created("/api/v1/organizations", "{'name': 'Kazakhstan International Bureau for Human Rights %s', 'kind': 'ngo'}"
                .formatted(unique("b")), Role.EDITOR);
    }

    private String aSource() {
        return created("/api/v1/sources", "{'url': 'https://bureau.kz/%s', 'title': {'original': 'en', 'en': 'Annual report'},"
                + " 'kind': 'ngo_report'}".formatted(unique("report")), Role.EDITOR);
    }

    @Test
    void aFigureWithEveryFieldRoundTripsExactlyAndAYearStaysAYear() {
        String bureau = aBureau();
        String source = aSource();
        String key = unique("kibhr-2020-prosecuted");
        JsonNode sent = json("""
                {'key': '%s', 'description': {'original': 'en', 'en': 'persons prosecuted for their beliefs',
                                              'ru': 'человек преследовались за убеждения'},
                 'incidentType': 'detention', 'article': {'code': 'CC', 'article': '405', 'part': '2'},
                 'count': {'qualifier': 'more_than', 'value': 300, 'unit': 'persons'},
                 'from': '2020-01-01', 'fromPrecision': 'year', 'place': 'kz',
                 'reportedBy': '%s', 'reportedByText': 'with partners', 'confidentiality': 'public',
                 'sources': [{'source': '%s', 'locator': 'p. 14'}]}""".formatted(key, bureau, source));

        var response = send("POST", "/api/v1/reported-figures", sent, Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(content(get("/api/v1/reported-figures/" + key).json())).isEqualTo(sent);
        // the organisation that reported it and the source it cites stay while the figure refers to them
        var orphaning = send("DELETE", "/api/v1/organizations/" + bureau, json("{'reason': 'test'}"), Role.EDITOR);
        assertThat(orphaning.status()).as(orphaning.body()).isEqualTo(409);
        assertThat(orphaning.body()).contains(key);
        assertThat(send("DELETE", "/api/v1/sources/" + source, json("{'reason': 'test'}"), Role.EDITOR).status())
                .isEqualTo(409);
        // its history is kept like every record's
        var history = get("/api/v1/reported-figures/" + key + "/history");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aQuarterStaysAQuarterAndARangeKeepsItsUpperValue() {
        String key = unique("convicted-q1");
        JsonNode sent = json("""
                {'key': '%s', 'description': {'original': 'en', 'en': 'convicted under Article 405'},
                 'article': {'code': 'CC', 'article': '405'},
                 'count': {'qualifier': 'between', 'value': 40, 'upTo': 60, 'unit': 'persons'},
                 'from': '2021-01-01', 'fromPrecision': 'month', 'to': '2021-03-01', 'toPrecision': 'month',
                 'reportedByText': 'Adilet Legal Clinic', 'confidentiality': 'internal'}""".formatted(key));

        var response = send("POST", "/api/v1/reported-figures", sent, Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode stored = content(get("/api/v1/reported-figures/" + key).json());
        assertThat(stored).isEqualTo(sent);
    }

    @Test
    void anInvalidFigureIsRejectedWithEveryFieldNamedAndNothingStored() {
        String key = unique("bad-figure");

        var response = send("POST", "/api/v1/reported-figures", json("""
                {'key': '%s', 'incidentType': 'picnic', 'article': {'code': 'CC', 'article': '9999'},
                 'count': {'qualifier': 'roughly', 'value': -3, 'upTo': 5, 'unit': 'sheep'},
                 'from': '2020-13-01', 'to': '2019-01-01', 'place': 'atlantis', 'reportedBy': 'no-such-organisation',
                 'confidentiality': 'secret', 'sources': [{'source': 'no-such-source'}]}""".formatted(key)), Role.EDITOR);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFields()).contains("$.description", "$.incidentType", "$.article", "$.count.qualifier",
                "$.count.value", "$.count.upTo", "$.count.unit", "$.from", "$.place", "$.reportedBy", "$.confidentiality",
                "$.sources[0].source");
        assertThat(get("/api/v1/reported-figures/" + key).status()).isEqualTo(404);

        var noReporter = send("POST", "/api/v1/reported-figures", json("""
                {'description': {'original': 'en', 'en': 'detained'}, 'count': {'qualifier': 'between', 'value': 10},
                 'from': '2020-02-22', 'to': '2020-02-01'}"""), Role.EDITOR);
        assertThat(noReporter.status()).as(noReporter.body()).isEqualTo(422);
        assertThat(noReporter.errorFields()).containsExactlyInAnyOrder("$.count.upTo", "$.to", "$.reportedBy");
    }

    @Test
    void aViewerWithoutClearanceDoesNotSeeAConfidentialFigure() {
        String mark = unique("secret-figure");
        String confidential = created("/api/v1/reported-figures", """
                {'key': '%s', 'description': {'original': 'en', 'en': 'detained %s'},
                 'count': {'qualifier': 'exact', 'value': 7, 'unit': 'persons'}, 'from': '2015-05-01',
                 'reportedByText': 'A source in confidence', 'confidentiality': 'confidential'}""".formatted(mark, mark),
                Role.ADMIN);
        String internal = created("/api/v1/reported-figures", """
                {'description': {'original': 'en', 'en': 'detained, internal %s'},
                 'count': {'qualifier': 'exact', 'value': 8}, 'from': '2015-05-01', 'reportedByText': 'A bureau'}"""
                .formatted(mark), Role.ADMIN);

        assertThat(get("/api/v1/reported-figures/" + confidential).status()).isEqualTo(404);
        assertThat(keys(get("/api/v1/reported-figures?from=2015-05-01&to=2015-05-01&q=" + mark)))
                .containsExactly(internal);
        var reviewer = send("GET", "/api/v1/reported-figures/" + confidential, null, Role.REVIEWER);
        assertThat(reviewer.status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/reported-figures/" + confidential, null, (String) null, "application/json")
                .status()).isIn(401, 404);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothingAndAFigureIsDeletedWithAReason() {
        String key = unique("figure-conflict");
        created("/api/v1/reported-figures", """
                {'key': '%s', 'description': {'original': 'en', 'en': 'A'}, 'count': {'qualifier': 'about', 'value': 100},
                 'from': '2020-02-22', 'reportedByText': 'Bureau'}""".formatted(key), Role.EDITOR);

        var first = send("PUT", "/api/v1/reported-figures/" + key, json("""
                {'version': 1, 'description': {'original': 'en', 'en': 'B'}, 'count': {'qualifier': 'more_than', 'value': 200},
                 'from': '2020-02-22', 'reportedByText': 'Bureau'}"""), Role.EDITOR);
        var second = send("PUT", "/api/v1/reported-figures/" + key, json("""
                {'version': 1, 'description': {'original': 'en', 'en': 'C'}, 'count': {'qualifier': 'exact', 'value': 1},
                 'from': '2020-02-22', 'reportedByText': 'Bureau'}"""), Role.EDITOR);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        JsonNode stored = get("/api/v1/reported-figures/" + key).json();
        assertThat(stored.get("description").get("en").asString()).isEqualTo("B");
        assertThat(stored.get("count").get("qualifier").asString()).isEqualTo("more_than");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(send("DELETE", "/api/v1/reported-figures/" + key, json("{'reason': 'recorded twice'}"), Role.EDITOR)
                .status()).isEqualTo(204);
        assertThat(get("/api/v1/reported-figures/" + key).status()).isEqualTo(404);
    }

    @Test
    void theListFindsTheFiguresWhosePeriodOverlapsAndWhoseTypeArticleAndPlaceFit() {
        String tag = unique("fit");
        String year = created("/api/v1/reported-figures", """
                {'description': {'original': 'en', 'en': 'prosecuted %s'}, 'incidentType': 'detention',
                 'article': {'code': 'CC', 'article': '405'}, 'count': {'qualifier': 'more_than', 'value': 300},
                 'from': '2011-01-01', 'fromPrecision': 'year', 'place': 'kz', 'reportedByText': 'Bureau'}""".formatted(tag),
                Role.EDITOR);
        String almaty = created("/api/v1/reported-figures", """
                {'description': {'original': 'en', 'en': 'detained in Almaty %s'}, 'incidentType': 'detention',
                 'count': {'qualifier': 'more_than', 'value': 200}, 'from': '2011-02-22', 'place': 'kz-almaty-city',
                 'reportedByText': 'Bureau'}""".formatted(tag), Role.EDITOR);
        created("/api/v1/reported-figures", """
                {'description': {'original': 'en', 'en': 'the year before %s'}, 'count': {'qualifier': 'exact', 'value': 5},
                 'from': '2010-01-01', 'fromPrecision': 'year', 'reportedByText': 'Bureau'}""".formatted(tag), Role.EDITOR);

        // a year overlaps any of its days; a figure of another year does not
        assertThat(keys(get("/api/v1/reported-figures?from=2011-12-31&to=2012-01-31&q=" + tag))).containsExactly(year);
        assertThat(keys(get("/api/v1/reported-figures?from=2011-02-01&to=2011-02-28&q=" + tag)))
                .containsExactly(year, almaty);
        // a region holds its city; the country-wide figure is not a figure of Almaty
        assertThat(keys(get("/api/v1/reported-figures?region=kz-almaty-city&q=" + tag))).containsExactly(almaty);
        assertThat(keys(get("/api/v1/reported-figures?region=kz&q=" + tag))).containsExactly(year, almaty);
        assertThat(keys(get("/api/v1/reported-figures?article=CC-405&q=" + tag))).containsExactly(year);
        assertThat(keys(get("/api/v1/reported-figures?type=detention&q=" + tag))).containsExactly(year, almaty);
        assertThat(get("/api/v1/reported-figures?from=2011-13-01").status()).isEqualTo(422);
        assertThat(get("/api/v1/reported-figures?article=405").status()).isEqualTo(422);
    }

    private static List<String> keys(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    private static JsonNode content(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        copy.remove(List.of("id", "version", "createdAt", "updatedAt"));
        return copy;
    }
}
