package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The person form: a monitor records and edits a person with every field through the pages, problems come back next
 * to their field (in the very row), a save never overwrites someone else's, and the sensitive fields are neither
 * shown to nor erased by a writer who may not see them.
 */
class PersonFormIntegrationTest extends WebIntegrationTest {

    /** Kazakh letters that Russian lacks, all of them: ә ғ қ ң ө ұ ү һ і. */
    private static final String AIGERIM = "Әйгерім Ғалымжанқызы Қоңырбаева";
    private static final String SHAHIZADA = "Шаһизада Өмірұзақова Үсенқызы";

    private WebSession editor;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    private static String keyOf(HttpResponse<String> saved) {
        String location = saved.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/persons/") + "/persons/".length(), location.indexOf('?'));
    }

    private String organization(String name) {
        String key = unique("org");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': '%s', 'kind': 'opposition_movement'}""".formatted(key, name)), Role.EDITOR)
                .status()).isEqualTo(201);
        return key;
    }

    private JsonNode person(String key) {
        return send("GET", "/api/v1/persons/" + key, null, Role.REVIEWER).json();
    }

    @Test
    void aMonitorRecordsAPersonWithEveryFieldAndTheKazakhSpellingsComeBackLetterForLetter() {
        String tag = unique("p");
        String dvk = organization("Koshe Partiyasy " + tag);
        String bureau = organization("Kazakhstan Bureau for Human Rights " + tag);
        HttpResponse<String> saved = editor.submit("/persons?lang=kk", "/persons/new?lang=kk", "language", "kk",
                "name", "Aigerim Galymzhankyzy " + tag,
                "names[0].name", AIGERIM, "names[0].script", "Cyrl", "names[0].lang", "kk", "names[0].kind", "spelling",
                "names[1].name", SHAHIZADA, "names[1].script", "Cyrl", "names[1].lang", "kk", "names[1].kind", "nickname",
                "gender", "female", "birthYear", "1987", "place", "kz-almaty-city", "roles", "activist", "roles", "journalist",
                "description", "Белсенді, " + AIGERIM + " туралы.", "vulnerabilities", "pregnant",
                "memberships[0].organization", dvk, "memberships[0].kind", "supporter", "memberships[0].alleged", "true",
                "memberships[0].from", "2020-02", "memberships[0].until", "2021",
                "assessments[0].date", "2019", "assessments[0].dateApproximate", "true", "assessments[0].assessedBy", bureau,
                "assessments[0].conclusion", "political_prisoner", "assessments[0].criteria", "PACE Resolution 1900",
                "assessments[0].note", "Сот үкімінен кейін.", "consentToPublish", "yes", "contacts", "+7 701 000 00 00",
                "address", "Алматы, Абай даңғылы 1", "dateOfBirth", "1987-05-04", "consentNotes", "Келісімін телефонмен берді",
                "confidentiality", "internal", "confirmNew", "true");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String key = keyOf(saved);
        JsonNode person = person(key);
        assertThat(person.get("names").get(0).get("name").asString()).isEqualTo(AIGERIM);
        assertThat(person.get("names").get(0).get("lang").asString()).isEqualTo("kk");
        assertThat(person.get("names").get(1).get("name").asString()).isEqualTo(SHAHIZADA);
        assertThat(person.get("names").get(1).get("kind").asString()).isEqualTo("nickname");
        assertThat(person.get("birthYear").asInt()).isEqualTo(1987);
        assertThat(person.get("roles").toString()).contains("activist", "journalist");
        assertThat(person.get("description").get("original").asString()).isEqualTo("kk");
        assertThat(person.get("description").get("kk").asString()).isEqualTo("Белсенді, " + AIGERIM + " туралы.");
        JsonNode membership = person.get("memberships").get(0);
        assertThat(membership.get("organization").asString()).isEqualTo(dvk);
        assertThat(membership.get("alleged").asBoolean()).isTrue();
        assertThat(membership.get("from").asString()).isEqualTo("2020-02-01");
        assertThat(membership.get("fromPrecision").asString()).isEqualTo("month");
        assertThat(membership.get("untilPrecision").asString()).isEqualTo("year");
        JsonNode assessment = person.get("assessments").get(0);
        assertThat(assessment.get("datePrecision").asString()).as("an approximate year stays a year").isEqualTo("year");
        assertThat(assessment.get("assessedBy").asString()).isEqualTo(bureau);
        assertThat(assessment.get("note").get("kk").asString()).isEqualTo("Сот үкімінен кейін.");
        assertThat(person.get("sensitive").get("contacts").asString()).isEqualTo("+7 701 000 00 00");
        assertThat(person.get("sensitive").get("address").asString()).isEqualTo("Алматы, Абай даңғылы 1");
        assertThat(person.get("sensitive").get("consentToPublish").asString()).isEqualTo("yes");

        assertThat(editor.get("/persons/" + key + "?saved&lang=en").body())
                .contains("The person is saved.", "href=\"/persons/" + key + "/edit\"");
        String form = editor.get("/persons/" + key + "/edit?lang=kk").body();
        assertThat(form).contains("value=\"" + AIGERIM + "\"", "value=\"" + SHAHIZADA + "\"", "value=\"2020-02\"",
                "value=\"2021\"", "Kazakhstan Bureau for Human Rights " + tag, "+7 701 000 00 00",
                "Сипаттама (қазақ тілінде)");
    }

    @Test
    void badInputShowsEachProblemInItsRowKeepsWhatWasTypedAndSavesNothing() {
        String name = "Yerlan Kaliev " + unique("bad");
        HttpResponse<String> refused = editor.submit("/persons", "/persons/new", "language", "en", "name", name,
                "names[0].name", "Ерлан Калиев", "names[0].script", "Cyrl",
                "birthYear", "nineteen eighty", "memberships[0].kind", "member", "memberships[0].alleged", "true",
                "memberships[0].from", "last spring", "assessments[0].date", "2019-05", "assessments[0].criteria",
                "criteria typed", "dateOfBirth", "04.05.1987", "confirmNew", "true");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"birthYear-error\"", "is not a year such as 1985",
                "id=\"memberships-0-from-error\"", "'last spring' is not a date",
                "id=\"memberships-0-organization-error\"", "id=\"assessments-0-conclusion-error\"",
                "id=\"dateOfBirth-error\"", "Memberships, row 1: From", "href=\"#memberships-0-from\"",
                "value=\"" + name + "\"", "value=\"Ерлан Калиев\"", "value=\"nineteen eighty\"", "value=\"last spring\"",
                "value=\"criteria typed\"", "value=\"04.05.1987\"");
        assertThat(db.sql("select count(*) from person where name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void anEditKeepsWhatTheFormDoesNotShowAndASecondEditAtTheSameVersionIsAConflict() {
        String key = unique("person");
        String dvk = organization("Erkindik Qanaty " + key);
        String source = unique("source");
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://bureau.kz/%s', 'kind': 'ngo_report'}""".formatted(source, source)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Max Bokayev', 'description': {'original': 'ru', 'ru': 'Активист из Атырау', 'en': 'Activist'},
                 'memberships': [{'organization': '%s', 'kind': 'member', 'sources': [{'source': '%s'}]}],
                 'assessments': [{'date': '2016-11-28', 'conclusion': 'prisoner_of_conscience', 'assessedByText': 'Amnesty International',
                                  'note': {'original': 'ru', 'ru': 'После приговора', 'en': 'After the verdict'}}],
                 'sources': [{'source': '%s'}], 'confidentiality': 'internal'}""".formatted(key, dvk, source, source)),
                Role.EDITOR).status()).isEqualTo(201);
        String form = editor.get("/persons/" + key + "/edit?lang=en").body();
        WebSession other = signedIn(Role.REVIEWER);
        String otherForm = other.get("/persons/" + key + "/edit?lang=en").body();
        assertThat(form).contains("value=\"Max Bokayev\"", "After the verdict");
        String membership = WebSession.value(form, "memberships[0].origin");
        String assessment = WebSession.value(form, "assessments[0].origin");
        assertThat(membership).as("the stored membership the row shows").isNotBlank();

        HttpResponse<String> first = editor.post("/persons/" + key, "version", "1", "language", "en", "name", "Max Bokayev",
                "birthYear", "1972", "description", "Activist from Atyrau",
                "memberships[0].organization", dvk, "memberships[0].kind", "leader", "memberships[0].origin", membership,
                "assessments[0].date", "2016-11-28", "assessments[0].conclusion", "prisoner_of_conscience",
                "assessments[0].assessedByText", "Amnesty International", "assessments[0].note", "After the verdict of 28 November",
                "assessments[0].origin", assessment, "_csrf", WebSession.csrf(form));
        HttpResponse<String> second = other.post("/persons/" + key, "version", "1", "language", "en", "name", "Maks Bokaev",
                "memberships[0].organization", dvk, "memberships[0].kind", "member", "memberships[0].origin", membership,
                "_csrf", WebSession.csrf(otherForm));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        JsonNode saved = person(key);
        assertThat(saved.get("birthYear").asInt()).isEqualTo(1972);
        assertThat(saved.get("description").get("en").asString()).isEqualTo("Activist from Atyrau");
        assertThat(saved.get("description").get("ru").asString()).as("the translation the form does not show")
                .isEqualTo("Активист из Атырау");
        assertThat(saved.get("memberships").get(0).get("kind").asString()).isEqualTo("leader");
        assertThat(saved.get("memberships").get(0).get("sources").get(0).get("source").asString())
                .as("the membership's citation, which the form does not show").isEqualTo(source);
        assertThat(saved.get("assessments").get(0).get("note").get("ru").asString()).isEqualTo("После приговора");
        assertThat(saved.get("assessments").get(0).get("note").get("en").asString()).isEqualTo("After the verdict of 28 November");
        assertThat(saved.get("sources").get(0).get("source").asString()).isEqualTo(source);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else saved this person while you were editing it", "Maks Bokaev",
                "Activist from Atyrau", "name=\"version\" value=\"2\"");
        assertThat(person(key).get("name").asString()).isEqualTo("Max Bokayev");
    }

    private String source(String tag) {
        String key = unique("source");
        assertThat(send("POST", "/api/v1/sources", json("""
                {'key': '%s', 'url': 'https://bureau.kz/%s/%s', 'kind': 'ngo_report'}""".formatted(key, tag, key)),
                Role.EDITOR).status()).isEqualTo(201);
        return key;
    }

    /** A person with these memberships, each of an organisation cited by its own source. */
    private String personWithMemberships(String name, String[] organizations, String[] sources) {
        String key = unique("person");
        List<String> memberships = new ArrayList<>();
        for (int i = 0; i < organizations.length; i++) {
            memberships.add("""
                    {'organization': '%s', 'kind': 'member', 'from': '%d-01-01', 'fromPrecision': 'year',
                     'sources': [{'source': '%s'}]}""".formatted(organizations[i], 2010 + i, sources[i]));
        }
        var created = send("POST", "/api/v1/persons", json("{'key': '%s', 'name': '%s', 'memberships': [%s]}"
                .formatted(key, name, String.join(", ", memberships))), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    /** Each stored membership's organisation and the sources citing it. */
    private Map<String, List<String>> citationsByMembership(String key) {
        Map<String, List<String>> cited = new LinkedHashMap<>();
        person(key).get("memberships").forEach(m -> {
            List<String> sources = new ArrayList<>();
            if (m.has("sources")) {
                m.get("sources").forEach(c -> sources.add(c.get("source").asString()));
            }
            cited.put(m.get("organization").asString(), sources);
        });
        return cited;
    }

    /** The rows of these memberships as the form sends them, each with the origin {@code form} gave it. */
    private static List<String> membershipRows(String form, int[] shown, String[] organizations) {
        List<String> fields = new ArrayList<>();
        for (int row = 0; row < shown.length; row++) {
            int i = shown[row];
            fields.addAll(List.of("memberships[" + row + "].organization", organizations[i],
                    "memberships[" + row + "].kind", "member", "memberships[" + row + "].from", Integer.toString(2010 + i),
                    "memberships[" + row + "].origin", WebSession.value(form, "memberships[" + i + "].origin")));
        }
        return fields;
    }

    @Test
    void anEditThatRemovesTheFirstOfTwoMembershipsKeepsTheSecondsCitationOnTheSecond() {
        String tag = unique("m");
        String[] organizations = {organization("Koshe Partiyasy " + tag), organization("Oyan Qazaqstan " + tag)};
        String[] sources = {source(tag), source(tag)};
        String key = personWithMemberships("Zhanbolat Mamay " + tag, organizations, sources);
        String form = editor.get("/persons/" + key + "/edit").body();

        List<String> fields = new ArrayList<>(List.of("version", "1", "language", "en", "name", "Zhanbolat Mamay " + tag,
                "_csrf", WebSession.csrf(form)));
        fields.addAll(membershipRows(form, new int[] {1}, organizations));
        HttpResponse<String> saved = editor.post("/persons/" + key, fields.toArray(String[]::new));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(citationsByMembership(key)).containsExactly(Map.entry(organizations[1], List.of(sources[1])));
    }

    @Test
    void afterSomeoneElseReorderedAndRemovedMembershipsASaveFromTheConflictPageKeepsEveryCitationOnItsOwnMembership() {
        String tag = unique("m");
        String[] organizations = {organization("Koshe Partiyasy " + tag), organization("Oyan Qazaqstan " + tag),
                organization("Democratic Choice " + tag)};
        String[] sources = {source(tag), source(tag), source(tag)};
        String name = "Aigul Utepova " + tag;
        String key = personWithMemberships(name, organizations, sources);
        String mine = editor.get("/persons/" + key + "/edit").body();
        WebSession other = signedIn(Role.EDITOR);
        String theirs = other.get("/persons/" + key + "/edit").body();

        // someone else removes the first membership and puts the third before the second
        List<String> theirFields = new ArrayList<>(List.of("version", "1", "language", "en", "name", name,
                "_csrf", WebSession.csrf(theirs)));
        theirFields.addAll(membershipRows(theirs, new int[] {2, 1}, organizations));
        assertThat(other.post("/persons/" + key, theirFields.toArray(String[]::new)).statusCode()).isEqualTo(302);
        assertThat(citationsByMembership(key)).containsExactly(Map.entry(organizations[2], List.of(sources[2])),
                Map.entry(organizations[1], List.of(sources[1])));

        // the user, who read the three, saves them with a birth year: a conflict, then a save on purpose
        List<String> myFields = new ArrayList<>(List.of("language", "en", "name", name, "birthYear", "1975"));
        myFields.addAll(membershipRows(mine, new int[] {0, 1, 2}, organizations));
        List<String> first = new ArrayList<>(myFields);
        first.addAll(List.of("version", "1", "_csrf", WebSession.csrf(mine)));
        HttpResponse<String> conflict = editor.post("/persons/" + key, first.toArray(String[]::new));
        assertThat(conflict.statusCode()).isEqualTo(409);
        String page = conflict.body();
        List<String> again = new ArrayList<>(List.of("language", "en", "name", name, "birthYear", "1975",
                "version", WebSession.value(page, "version"), "_csrf", WebSession.csrf(page)));
        for (int i = 0; i < 3; i++) {
            again.addAll(List.of("memberships[" + i + "].organization", WebSession.value(page, "memberships[" + i + "].organization"),
                    "memberships[" + i + "].kind", "member",
                    "memberships[" + i + "].from", WebSession.value(page, "memberships[" + i + "].from"),
                    "memberships[" + i + "].origin", WebSession.value(page, "memberships[" + i + "].origin")));
        }
        HttpResponse<String> saved = editor.post("/persons/" + key, again.toArray(String[]::new));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(citationsByMembership(key)).as("the membership someone else removed comes back without a citation")
                .containsExactly(Map.entry(organizations[0], List.of()),
                        Map.entry(organizations[1], List.of(sources[1])),
                        Map.entry(organizations[2], List.of(sources[2])));
        assertThat(person(key).get("birthYear").asInt()).isEqualTo(1975);
    }

    @Test
    void anEditorWhoMayNotSeeTheSensitiveFieldsNeitherSeesNorErasesThem() {
        String key = unique("person");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Nurgul Ermekova', 'confidentiality': 'internal',
                 'sensitive': {'contacts': 'Signal +7 777 111 22 33', 'address': 'Shymkent, Tauke Khan 5',
                               'dateOfBirth': '1979-03-08', 'consentToPublish': 'no', 'consentNotes': 'Asked not to be named'}}""".formatted(key)),
                Role.REVIEWER).status()).isEqualTo(201);
        String form = editor.get("/persons/" + key + "/edit").body();
        assertThat(form).doesNotContain("Signal +7", "Shymkent, Tauke Khan", "1979-03-08", "Asked not to be named",
                "id=\"contacts\"", "id=\"dateOfBirth\"");

        HttpResponse<String> saved = editor.post("/persons/" + key, "version", "1", "language", "en", "name",
                "Nurgul Ermekova", "birthYear", "1979", "consentToPublish", "no", "confidentiality", "internal",
                "_csrf", WebSession.csrf(form));
        HttpResponse<String> forged = editor.post("/persons/" + key, "version", "2", "language", "en", "name",
                "Nurgul Ermekova", "consentToPublish", "no", "contacts", "overwritten", "_csrf", WebSession.csrf(form));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(forged.statusCode()).as("sensitive fields sent without the right to see them are refused").isEqualTo(422);
        assertThat(forged.body()).contains("only reviewers, administrators and the person's creator may set");
        JsonNode person = person(key);
        assertThat(person.get("birthYear").asInt()).isEqualTo(1979);
        assertThat(person.get("sensitive").get("contacts").asString()).isEqualTo("Signal +7 777 111 22 33");
        assertThat(person.get("sensitive").get("address").asString()).isEqualTo("Shymkent, Tauke Khan 5");
        assertThat(person.get("sensitive").get("dateOfBirth").asString()).isEqualTo("1979-03-08");
        assertThat(person.get("sensitive").get("consentNotes").asString()).isEqualTo("Asked not to be named");
        assertThat(signedIn(Role.REVIEWER).get("/persons/" + key + "/edit").body())
                .contains("Signal +7 777 111 22 33", "value=\"1979-03-08\"", "Asked not to be named");
    }

    @Test
    void aNewPersonWhoseNameIsAlreadyRecordedIsShownTheExistingOneFirst() {
        String tag = unique("qz").replace("-", "");
        String existing = unique("person");
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'Dulat Agadil %s', 'birthYear': 1973}""".formatted(existing, tag)), Role.EDITOR)
                .status()).isEqualTo(201);
        String[] fields = {"language", "en", "name", "Дулат Агадил " + tag, "gender", "male"};

        HttpResponse<String> warned = editor.submit("/persons", "/persons/new", fields);

        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("This person may already exist:", "/persons/" + existing, "name=\"confirmNew\"",
                "value=\"Дулат Агадил " + tag + "\"");
        assertThat(db.sql("select count(*) from person where name = ?").param("Дулат Агадил " + tag)
                .query(Long.class).single()).isZero();

        String[] confirmed = java.util.Arrays.copyOf(fields, fields.length + 2);
        confirmed[fields.length] = "confirmNew";
        confirmed[fields.length + 1] = "true";
        assertThat(editor.submit("/persons", "/persons/new", confirmed).statusCode()).isEqualTo(302);
    }

    @Test
    void viewersCanNeitherOpenTheFormNorSaveAPerson() {
        WebSession viewer = signedIn(Role.VIEWER);
        String key = unique("person");
        assertThat(send("POST", "/api/v1/persons", json("{'key': '%s', 'name': 'Viewer Test'}".formatted(key)), Role.EDITOR)
                .status()).isEqualTo(201);

        assertThat(viewer.get("/persons/new").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/persons/" + key + "/edit").statusCode()).isEqualTo(403);
        String csrf = WebSession.csrf(viewer.get("/").body());
        assertThat(viewer.post("/persons", "name", "Not saved", "_csrf", csrf).statusCode()).isEqualTo(403);
        assertThat(viewer.post("/persons/" + key, "name", "Not saved", "version", "1", "_csrf", csrf).statusCode())
                .isEqualTo(403);
        assertThat(viewer.get("/persons/" + key).body()).doesNotContain("/persons/" + key + "/edit");
        assertThat(person(key).get("name").asString()).isEqualTo("Viewer Test");
    }
}
