package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.security.Role;
import org.kuzet.support.AcledFixture;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A file of ACLED's Kazakhstan rows (src/test/resources/acled, written in ACLED's layout) imported through the API as
 * incidents, and Kuzet's own ACLED export imported back. The event ids get a suffix of this run, since the tests
 * share one database.
 */
class AcledImportIntegrationTest extends ApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @Autowired
    JdbcClient db;

    @TempDir
    Path dir;

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theDryRunListsTheUnknownPlaceByRowAndColumnAndTheRowsLeftOutWithWhyAndAnImportWithAnErrorWritesNothing()
            throws Exception {
        String run = run();
        Path file = AcledFixture.kazakhstan(dir.resolve("acled.csv"), run);

        Response dry = post(Role.EDITOR, file, "acled", true, null);

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("rows").asInt()).isEqualTo(15);
        assertThat(dry.json().get("errors").asInt()).as(dry.body()).isEqualTo(1);
        assertThat(dry.json().get("leftOut").asInt()).isEqualTo(3);
        List<JsonNode> problems = new ArrayList<>();
        dry.json().get("problems").forEach(problems::add);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row").asInt()).isEqualTo(9);
            assertThat(p.get("column").asString()).isEqualTo("location");
            assertThat(p.get("error").asBoolean()).isTrue();
            assertThat(p.get("message").asString()).contains("'Shetpe' is not a known place");
        });
        assertThat(problems).filteredOn(p -> p.get("message").asString().startsWith("left out: "))
                .extracting(p -> p.get("row").asInt() + " " + p.get("column").asString())
                .containsExactly("4 sub_event_type", "10 sub_event_type", "14 sub_event_type");
        assertThat(problems).anySatisfy(p -> assertThat(p.get("message").asString())
                .contains("'Battles: Armed clash' is no kind of incident Kuzet records"));
        assertThat(problems).anySatisfy(p -> assertThat(p.get("message").asString())
                .contains("'Protests: Peaceful protest' is no kind of incident Kuzet records"));
        assertThat(incidentsNamed(run)).isZero();

        Response asIncidents = post(Role.EDITOR, file, "incidents", true, null);
        assertThat(asIncidents.json().get("leftOut").asInt()).as("known by its header").isEqualTo(3);
        assertThat(asIncidents.json().get("errors").asInt()).isEqualTo(1);

        Response refused = post(Role.EDITOR, file, "acled", false, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(incidentsNamed(run)).isZero();
    }

    @Test
    void anEventAbroadIsRefusedAndAPlaceOutsideItsRegionIsReadWithAWarning() throws Exception {
        String run = run();
        List<String> lines = Files.readAllLines(AcledFixture.kazakhstan(dir.resolve("all.csv"), run), StandardCharsets.UTF_8);
        String almaty = lines.get(1);
        // the same event, said to be in Kyrgyzstan; and once more, in Zhanaozen said to be in Almaty region
        String abroad = almaty.replaceFirst("KAZ1001-" + run, "KAZ9001-" + run).replace(",Kazakhstan,Almaty,Almaty,,Almaty,",
                ",Kyrgyzstan,Almaty,Almaty,,Almaty,");
        String elsewhere = almaty.replaceFirst("KAZ1001-" + run, "KAZ9002-" + run).replace(",Kazakhstan,Almaty,Almaty,,Almaty,",
                ",Kazakhstan,Almaty,,,Zhanaozen,");
        Path file = Files.write(dir.resolve("two.csv"), List.of(lines.getFirst(), abroad, elsewhere), StandardCharsets.UTF_8);

        Response dry = post(Role.EDITOR, file, "acled", true, null);

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        List<JsonNode> problems = new ArrayList<>();
        dry.json().get("problems").forEach(problems::add);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row").asInt()).isEqualTo(2);
            assertThat(p.get("column").asString()).isEqualTo("country");
            assertThat(p.get("error").asBoolean()).isTrue();
            assertThat(p.get("message").asString()).contains("'Kyrgyzstan' is not a known place");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("row").asInt()).isEqualTo(3);
            assertThat(p.get("column").asString()).isEqualTo("location");
            assertThat(p.get("error").asBoolean()).isFalse();
            assertThat(p.get("message").asString()).contains("'Zhanaozen' does not lie in 'Almaty' (admin1)");
        });
        assertThat(dry.json().get("errors").asInt()).as(dry.body()).isEqualTo(1);
    }

    @Test
    void eachAcledEventBecomesAnIncidentWithItsTypeDatePrecisionPlaceAndPerpetratorAndASecondImportCreatesNothing()
            throws Exception {
        String run = run();
        Path file = AcledFixture.kazakhstan(dir.resolve("acled.csv"), run);

        Response imported = post(Role.EDITOR, file, "acled", false, AcledFixture.MAPPING);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(12);
        assertThat(imported.json().get("leftOut").asInt()).isEqualTo(3);
        assertThat(incidentsNamed(run)).isEqualTo(12);

        JsonNode almaty = incident("KAZ1001-" + run);
        assertThat(almaty.get("types")).extracting(JsonNode::asString).containsExactly("dispersal");
        assertThat(almaty.get("date").asString()).isEqualTo("2022-01-04");
        assertThat(almaty.get("datePrecision").asString()).isEqualTo("day");
        assertThat(almaty.get("place").asString()).isEqualTo("kz-almaty-city");
        assertThat(almaty.get("perpetrators").get(0).get("kind").asString()).isEqualTo("police");
        assertThat(almaty.get("perpetrators").get(0).get("description").asString())
                .isEqualTo("Police Forces of Kazakhstan (2019-)");
        assertThat(almaty.get("victimCount").get("qualifier").asString()).isEqualTo("about");
        assertThat(almaty.get("victimCount").get("value").asInt()).isEqualTo(1000);
        assertThat(almaty.get("title").get("en").asString()).isEqualTo("On 4 January 2022, around 1,000 people protested "
                + "on Republic Square in Almaty (Almaty) against the doubling of liquefied gas prices, demanding the "
                + "resignation of the government.");
        assertThat(almaty.get("narrative").get("en").asString()).contains("Police dispersed the crowd")
                .contains("From ACLED, event KAZ1001-" + run).contains("sources: Vlast.kz; Radio Azattyq; scale: National");
        assertThat(almaty.get("sources").get(0).get("source").asString()).isEqualTo("acled");
        assertThat(almaty.get("sources").get(0).get("claim").asString()).isEqualTo("Vlast.kz; Radio Azattyq");
        assertThat(almaty.get("sources").get(0).get("locator").asString()).isEqualTo("event KAZ1001-" + run);
        assertThat(almaty.get("reviewStatus").asString()).isEqualTo("draft");

        JsonNode shooting = incident("KAZ1002-" + run);
        assertThat(shooting.get("types")).extracting(JsonNode::asString).containsExactly("attack", "dispersal");
        assertThat(shooting.get("perpetrators")).extracting(p -> p.get("kind").asString())
                .containsExactly("police", "national_guard");
        assertThat(shooting.get("victimCount").get("qualifier").asString()).isEqualTo("at_least");
        assertThat(shooting.get("victimCount").get("value").asInt()).as("the two dead").isEqualTo(2);

        JsonNode zhanaozen = incident("KAZ1004-" + run);
        assertThat(zhanaozen.get("types")).extracting(JsonNode::asString).containsExactly("detention");
        assertThat(zhanaozen.get("date").asString()).as("written 04 January 2022").isEqualTo("2022-01-04");
        assertThat(zhanaozen.get("place").asString()).isEqualTo("kz-zhanaozen");
        assertThat(zhanaozen.get("latitude").decimalValue()).isEqualByComparingTo("43.3412");

        JsonNode march = incident("KAZ1007-" + run);
        assertThat(march.get("date").asString()).isEqualTo("2022-03-01");
        assertThat(march.get("datePrecision").asString()).as("time precision 3").isEqualTo("month");
        assertThat(march.get("place").asString()).isEqualTo("kz-atyrau");

        JsonNode shetpe = incident("KAZ1008-" + run);
        assertThat(shetpe.get("place").asString()).isEqualTo("kz-mangystau-region");
        assertThat(shetpe.get("placeDetail").asString()).isEqualTo("Shetpe");
        assertThat(shetpe.get("victimCount")).as("crowd size=no report").isNull();

        JsonNode astana = incident("KAZ1010-" + run);
        assertThat(astana.get("place").asString()).as("Nur-Sultan, a former name").isEqualTo("kz-astana-city");
        assertThat(astana.get("narrative").get("en").asString())
                .contains("demanding lower fuel prices.\nPolice encircled the protesters, and detained 15 of them.");

        JsonNode abduction = incident("KAZ1011-" + run);
        assertThat(abduction.get("types")).extracting(JsonNode::asString).containsExactly("abduction");
        assertThat(abduction.get("datePrecision").asString()).isEqualTo("approximate");
        assertThat(abduction.get("perpetrators").get(0).get("kind").asString()).isEqualTo("unknown_persons");

        assertThat(incident("KAZ1012-" + run).get("types")).extracting(JsonNode::asString).containsExactly("property_damage");
        assertThat(incident("KAZ1012-" + run).get("place").asString()).isEqualTo("kz-taraz");
        assertThat(incident("KAZ1014-" + run).get("place").asString()).isEqualTo("kz-oral");
        assertThat(incident("KAZ1015-" + run).get("place").asString()).as("the city, not Aktobe region").isEqualTo("kz-aktobe");
        assertThat(send("GET", "/api/v1/incidents/" + "acled-KAZ1009-" + run, null, Role.ADMIN).status())
                .as("a battle is left out").isEqualTo(404);

        Response again = post(Role.EDITOR, file, "acled", false, AcledFixture.MAPPING);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("leftOut").asInt()).isEqualTo(15);
        List<String> messages = new ArrayList<>();
        again.json().get("problems").forEach(p -> messages.add(p.get("message").asString()));
        assertThat(messages).contains("left out: ACLED event KAZ1001-" + run + " is already recorded, as incident acled-KAZ1001-"
                + run + " (imported before)");
        assertThat(incidentsNamed(run)).isEqualTo(12);
    }

    @Test
    void anAcledWorkbookWithNumbersInNumberCellsIsReadAsTheCsvFileIs() throws Exception {
        String run = run();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(Files.newBufferedReader(
                AcledFixture.kazakhstan(dir.resolve("acled.csv"), run))).getRecords();
        Path workbook = dir.resolve("acled.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("ACLED");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && value.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value)); // as ACLED's own workbooks hold them
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(out);
        }

        Response dry = post(Role.EDITOR, workbook, "acled", true, null);

        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("rows").asInt()).isEqualTo(15);
        assertThat(dry.json().get("errors").asInt()).as(dry.body()).isEqualTo(1);
        assertThat(dry.json().get("leftOut").asInt()).isEqualTo(3);
    }

    @Test
    void kuzetsOwnAcledExportImportsBackWithTheIncidentsTypesDatesAndPlaces() throws Exception {
        String tag = unique("acled-trip");
        created("/api/v1/incidents", ("{'key': '%s-rally', 'title': {'original': 'en', 'en': 'Rally dispersed %s'},"
                + " 'date': '2022-01-05', 'datePrecision': 'day', 'place': 'kz-almaty-city', 'types': ['dispersal', 'detention'],"
                + " 'victimCount': {'qualifier': 'more_than', 'value': 200}, 'perpetrators': [{'kind': 'police'}],"
                + " 'confidentiality': 'public'}").formatted(tag, tag), Role.EDITOR);
        created("/api/v1/incidents", ("{'key': '%s-torture', 'title': {'original': 'en', 'en': 'Torture %s'},"
                + " 'date': '2021-03-01', 'datePrecision': 'month', 'place': 'kz-taraz', 'types': ['torture'],"
                + " 'perpetrators': [{'kind': 'investigator'}], 'confidentiality': 'public'}").formatted(tag, tag), Role.EDITOR);
        created("/api/v1/incidents", ("{'key': '%s-fine', 'title': {'original': 'en', 'en': 'Fined %s'},"
                + " 'date': '2021-07-10', 'datePrecision': 'approximate', 'place': 'kz-zhambyl-region',"
                + " 'types': ['fine', 'summons'], 'confidentiality': 'public'}").formatted(tag, tag), Role.EDITOR);
        List<String> keys = List.of(tag + "-rally", tag + "-torture", tag + "-fine");

        List<CSVRecord> exported = acledExport();
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            csv.printRecord(exported.getFirst().getParser().getHeaderNames());
            for (CSVRecord r : exported) {
                if (keys.stream().anyMatch(k -> r.get("event_id_cnty").equals("KUZET-" + k))) {
                    csv.printRecord(r.values());
                }
            }
        }
        Path file = Files.writeString(dir.resolve("kuzet-acled.csv"), text.toString(), StandardCharsets.UTF_8);

        Response imported = post(Role.EDITOR, file, "acled", false, null);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        for (String key : keys) {
            JsonNode original = send("GET", "/api/v1/incidents/" + key, null, Role.ADMIN).json();
            JsonNode copy = send("GET", "/api/v1/incidents/acled-KUZET-" + key, null, Role.ADMIN).json();
            assertThat(copy.get("types")).as(key).isEqualTo(original.get("types"));
            assertThat(copy.get("date")).as(key).isEqualTo(original.get("date"));
            assertThat(copy.get("datePrecision")).as(key).isEqualTo(original.get("datePrecision"));
            assertThat(copy.get("place")).as(key).isEqualTo(original.get("place"));
            assertThat(copy.get("title")).as(key).isEqualTo(original.get("title"));
        }
        assertThat(send("GET", "/api/v1/incidents/acled-KUZET-" + tag + "-torture", null, Role.ADMIN).json()
                .get("perpetrators").get(0).get("kind").asString()).isEqualTo("investigator");
        assertThat(send("GET", "/api/v1/incidents/acled-KUZET-" + tag + "-fine", null, Role.ADMIN).json()
                .get("perpetrators").get(0).get("kind").asString())
                .as("no perpetrator is exported as ACLED's unidentified armed group, read back as unknown persons")
                .isEqualTo("unknown_persons");
        JsonNode rally = send("GET", "/api/v1/incidents/acled-KUZET-" + tag + "-rally", null, Role.ADMIN).json();
        assertThat(rally.get("victimCount").get("qualifier").asString()).isEqualTo("more_than");
        assertThat(rally.get("victimCount").get("value").asInt()).isEqualTo(200);
        assertThat(acledExport()).as("the copy keeps the event's id").filteredOn(r -> r.get("event_id_cnty")
                .equals("KUZET-" + tag + "-rally")).hasSize(2);
    }

    private List<CSVRecord> acledExport() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/exports/acled")).header("Authorization", "Bearer " + token(Role.ADMIN)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
    }

    private JsonNode incident(String eventId) {
        Response response = send("GET", "/api/v1/incidents/acled-" + eventId, null, Role.ADMIN);
        assertThat(response.status()).as(eventId + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private long incidentsNamed(String run) {
        return db.sql("select count(*) from incident where key like ?").param("acled-KAZ%-" + run).query(Long.class).single();
    }

    private Response post(Role role, Path file, String kind, boolean dryRun, String mapping) throws Exception {
        String boundary = "acled" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--%1$s\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n%2$s\r\n"
                + "--%1$s\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n%3$s\r\n";
        body.write(fields.formatted(boundary, kind, dryRun).getBytes(StandardCharsets.UTF_8));
        if (mapping != null) {
            body.write(("--%1$s\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n%2$s\r\n")
                    .formatted(boundary, mapping).getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--%1$s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%2$s\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").formatted(boundary, file.getFileName()).getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token(role)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()),
                response.body());
    }
}
