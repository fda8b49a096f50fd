package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/** The incidents as ACLED-compatible CSV, read back with a CSV library as ACLED's users would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcledExportIntegrationTest extends ApiIntegrationTest {

    /** ACLED's columns, in ACLED's order, as the issue and ACLED's codebook name them. */
    private static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String tag = unique("acled");

    @BeforeAll
    void record() {
        create(Role.ADMIN, "/api/v1/organizations", "{'key': '%s-dp', 'name': 'Department of Police of Zhambyl Region %s',"
                + " 'kind': 'state_body', 'confidentiality': 'public'}", tag, tag);
        create(Role.ADMIN, "/api/v1/persons", "{'key': '%s-victim', 'name': 'Victim %s', 'confidentiality': 'public',"
                + " 'sensitive': {'consentToPublish': 'yes'}}", tag, tag);
        create(Role.ADMIN, "/api/v1/sources", "{'key': '%s-src', 'url': 'https://vlast.kz/%s', 'title': {'original': 'en',"
                + " 'en': 'Vlast %s'}, 'kind': 'media', 'confidentiality': 'public'}", tag, tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-rally', 'title': {'original': 'en', 'en': 'Rally dispersed %s'},"
                + " 'date': '2022-01-05', 'datePrecision': 'day', 'place': 'kz-almaty-city', 'types': ['dispersal', 'detention'],"
                + " 'victimCount': {'qualifier': 'more_than', 'value': 200, 'unit': 'persons'},"
                + " 'perpetrators': [{'kind': 'police'}], 'sources': [{'source': '%s-src'}],"
                + " 'confidentiality': 'public', 'reviewStatus': 'published'}", tag, tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-torture', 'title': {'original': 'en', 'en': 'Torture %s'},"
                + " 'date': '2021-03-01', 'datePrecision': 'month', 'place': 'kz-taraz', 'types': ['torture'],"
                + " 'perpetrators': [{'kind': 'police', 'organization': '%s-dp'}, {'kind': 'investigator'}],"
                + " 'victims': [{'person': '%s-victim'}], 'confidentiality': 'public', 'reviewStatus': 'published'}",
                tag, tag, tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-death', 'title': {'original': 'en', 'en': 'Death %s'},"
                + " 'date': '2021-07-10', 'datePrecision': 'approximate', 'place': 'kz-zhambyl-region',"
                + " 'types': ['death_in_custody'], 'victims': [{'person': '%s-victim'}], 'confidentiality': 'public',"
                + " 'reviewStatus': 'published'}", tag, tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-undated', 'title': {'original': 'en', 'en': 'Undated %s'},"
                + " 'datePrecision': 'unknown', 'types': ['search'], 'confidentiality': 'public', 'reviewStatus': 'published'}",
                tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-year', 'title': {'original': 'en', 'en': 'Year %s'},"
                + " 'date': '2019-01-01', 'datePrecision': 'year', 'types': ['search'], 'confidentiality': 'public',"
                + " 'reviewStatus': 'published'}", tag, tag);
        create(Role.ADMIN, "/api/v1/incidents", "{'key': '%s-draft', 'title': {'original': 'en', 'en': 'Draft %s'},"
                + " 'date': '2022-02-02', 'datePrecision': 'day', 'types': ['search'], 'perpetrators': [{'kind': 'company'}],"
                + " 'confidentiality': 'public', 'reviewStatus': 'draft'}", tag, tag);
        create(Role.EDITOR, "/api/v1/incidents", "{'key': '%s-secret', 'title': {'original': 'en', 'en': 'Secret %s'},"
                + " 'date': '2020-06-12', 'datePrecision': 'day', 'types': ['search'], 'confidentiality': 'confidential'}",
                tag, tag);
    }

    @Test
    void eachDatedIncidentIsAnAcledEventWithItsTypesActorsPlaceAndPrecision() throws Exception {
        HttpResponse<String> response = download(Role.ADMIN, "/api/v1/exports/acled");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("kuzet-export-acled.csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(response.body()).startsWith("event_id_cnty,"); // no byte-order mark: ACLED's files have none
        assertThat(records.getFirst().getParser().getHeaderNames()).isEqualTo(ACLED_COLUMNS);

        var rally = event(records, tag + "-rally");
        assertThat(rally).containsEntry("event_date", "2022-01-05").containsEntry("year", "2022")
                .containsEntry("time_precision", "1").containsEntry("disorder_type", "Demonstrations")
                .containsEntry("event_type", "Protests").containsEntry("sub_event_type", "Protest with intervention")
                .containsEntry("actor1", "Protesters (Kazakhstan)").containsEntry("inter1", "6")
                .containsEntry("actor2", "Police (Kazakhstan)").containsEntry("inter2", "1")
                .containsEntry("interaction", "16").containsEntry("civilian_targeting", "")
                .containsEntry("iso", "398").containsEntry("region", "Caucasus and Central Asia")
                .containsEntry("country", "Kazakhstan").containsEntry("admin1", "Almaty").containsEntry("location", "Almaty")
                .containsEntry("geo_precision", "1").containsEntry("source", "Vlast " + tag)
                .containsEntry("notes", "Rally dispersed " + tag).containsEntry("fatalities", "0");
        assertThat(rally.get("latitude")).startsWith("43.24");
        assertThat(rally.get("longitude")).startsWith("76.95");
        assertThat(rally.get("tags")).contains("crowd size=more than 200", "kuzet=" + tag + "-rally");
        assertThat(rally.get("timestamp")).matches("\\d{10}");

        var torture = event(records, tag + "-torture");
        assertThat(torture).containsEntry("time_precision", "3").containsEntry("disorder_type", "Political violence")
                .containsEntry("event_type", "Violence against civilians").containsEntry("sub_event_type", "Attack")
                .containsEntry("actor1", "Department of Police of Zhambyl Region " + tag)
                .containsEntry("assoc_actor_1", "Investigator (Kazakhstan)").containsEntry("inter1", "1")
                .containsEntry("actor2", "Civilians (Kazakhstan)").containsEntry("inter2", "7")
                .containsEntry("interaction", "17").containsEntry("civilian_targeting", "Civilian targeting")
                .containsEntry("admin1", "Zhambyl Region").containsEntry("location", "Taraz");

        var death = event(records, tag + "-death");
        assertThat(death).containsEntry("time_precision", "2").containsEntry("fatalities", "1")
                .containsEntry("admin1", "Zhambyl Region").containsEntry("latitude", "").containsEntry("geo_precision", "3");

        assertThat(event(records, tag + "-undated")).isNull();
        assertThat(event(records, tag + "-year")).as("dated only to a year").isNull();
        assertThat(event(records, tag + "-draft")).containsEntry("inter1", "8").containsEntry("interaction", "78");
        assertThat(event(records, tag + "-secret")).isNotNull();
    }

    @Test
    void aViewerGetsNoConfidentialIncidentAndThePublicEditionOnlyPublishedOnes() throws Exception {
        var viewers = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download(Role.VIEWER, "/api/v1/exports/acled").body())).getRecords();
        var published = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download(Role.ADMIN, "/api/v1/exports/acled?public=true").body())).getRecords();

        assertThat(event(viewers, tag + "-secret")).isNull();
        assertThat(event(viewers, tag + "-rally")).isNotNull();
        assertThat(event(published, tag + "-secret")).isNull();
        assertThat(event(published, tag + "-rally")).isNotNull();
        assertThat(event(published, tag + "-draft")).as("public but not published").isNull();
        assertThat(event(viewers, tag + "-draft")).isNotNull();
    }

    private static Map<String, String> event(List<CSVRecord> records, String key) {
        return records.stream().filter(r -> r.get("event_id_cnty").equals("KUZET-" + key)).findFirst()
                .map(r -> new LinkedHashMap<>(r.toMap())).orElse(null);
    }

    private void create(Role role, String path, String template, Object... args) {
        created(path, template.formatted(args), role);
    }

    private HttpResponse<String> download(Role role, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(role)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
