package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kuzet.names.NameKeys;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordsChanged;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an import leaves besides the records: each record it wrote — and only those — has a history version
 * ({@code record_imported}), a search document and identity keys at once, the same as a record created through
 * the API, told by one {@link RecordsChanged} per section.
 */
@RecordApplicationEvents
class BundleImportIntegrationTest extends ApiIntegrationTest {

    @Autowired
    BundleImporter importer;

    @Autowired
    BundleExporter exporter;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEvents events;

    /** Letters only, so that names stay words for every text parser and keys of their own. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("qx");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8).forEach(c -> tag.append((char) ('a' + c % 26)));
        return tag.toString();
    }

    private Map<String, Integer> importBundle(String sections) {
        return importBundle(1, sections);
    }

    private Map<String, Integer> importBundle(int version, String sections) {
        return importer.importBundle("{\"format\": \"kuzet-bundle\", \"formatVersion\": " + version + ", "
                + sections.replace('\'', '"') + "}", false);
    }

    @Test
    void aVersionOneConvictionWithoutASentenceIsReadAsASentenceTheSourceDoesNotGiveAndVersionTwoMustSaySo() {
        String person = unique("convicted");
        String oldCase = unique("v1-case");
        String newCase = unique("v2-case");
        String persons = "'persons': [{'key': '%s', 'name': 'Bolat %s'}]".formatted(person, tag());
        String stages = "'parties': [{'person': '%s', 'role': 'defendant'}], 'stages': [{'kind': 'verdict', "
                + "'date': '2019-01-01', 'datePrecision': 'year', 'outcome': 'convicted'}]";

        importBundle(1, persons + ", 'legalCases': [{'key': '%s', 'kind': 'administrative', %s}]"
                .formatted(oldCase, stages.formatted(person)));

        assertThat(get("/api/v1/cases/" + oldCase).json().get("stages").get(0).get("sentenceUnknown").asBoolean()).isTrue();
        assertThatThrownBy(() -> importBundle(2, "'legalCases': [{'key': '%s', 'kind': 'administrative', %s}]"
                .formatted(newCase, stages.formatted(person))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("$.legalCases[0].stages[0].sentence")));
        assertThat(get("/api/v1/cases/" + newCase).status()).isEqualTo(404);
    }

    @Test
    void everyInstanceOffersTheIncidentTypesOfTheReportsAndABundleWithoutKazakhLabelsKeepsThem() {
        String term = "select label_kk || '|' || category from vocabulary_term where vocabulary = 'incident_type' and code = ?";
        assertThat(db.sql(term).param("restrictive_legislation").query(String.class).single())
                .isEqualTo("Шектеуші заңнама|laws_and_decisions");

        // the demo record's terms carry English and Russian labels only
        importBundle(2, "'vocabularies': {'terms': [{'vocabulary': 'incident_type', 'code': 'harassment', "
                + "'labels': {'en': 'Harassment', 'ru': 'Преследование'}, 'active': true}]}");

        assertThat(db.sql(term).param("harassment").query(String.class).single()).isEqualTo("Қудалау|pressure");
    }

    @Test
    void anImportedRecordHasAFirstVersionAndAReimportThatChangesItTheNext() {
        String key = unique("imported");
        String tag = tag();
        importBundle("'persons': [{'key': '%s', 'name': 'Aigerim %s', 'roles': ['journalist']}]".formatted(key, tag));

        JsonNode versions = get("/api/v1/persons/" + key + "/history").json();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("action").asString()).isEqualTo("record_imported");
        assertThat(versions.get(0).get("author").asString()).isEqualTo("(command line)");
        assertThat(versions.get(0).get("changedFields")).extracting(JsonNode::asString).contains("$.key", "$.name", "$.roles[0]");
        assertThat(get("/api/v1/persons/" + key).json().get("version").asInt()).isEqualTo(1);

        importBundle("'persons': [{'key': '%s', 'name': 'Aigerim %s Tileuova', 'roles': ['journalist']}]".formatted(key, tag));

        versions = get("/api/v1/persons/" + key + "/history").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("action").asString()).isEqualTo("record_imported");
        assertThat(versions.get(0).get("changedFields")).extracting(JsonNode::asString).containsExactly("$.name");
        assertThat(get("/api/v1/persons/" + key).json().get("version").asInt())
                .as("an overwrite by import is the record's next version").isEqualTo(2);
        JsonNode second = send("GET", "/api/v1/persons/" + key + "/history/2", null, Role.REVIEWER).json();
        assertThat(second.get("previousVersion").asInt()).isEqualTo(1);
        assertThat(second.get("snapshot").get("name").asString()).isEqualTo("Aigerim " + tag + " Tileuova");
        List<String> audited = db.sql("select action || ' ' || coalesce(details ->> 'version', '') from audit_event "
                        + "where subject_type = 'person' and subject_key = ? order by position")
                .param(key).query(String.class).list();
        assertThat(audited).containsExactly("record_imported 1", "record_imported 2");
    }

    @Test
    void anImportTellsAndIndexesExactlyTheRecordsItWrote() {
        String tag = tag();
        String bystander = unique("bystander");
        assertThat(send("POST", "/api/v1/persons", json("{'key': '%s', 'name': 'Bystander %s'}".formatted(bystander, tag)),
                Role.EDITOR).status()).isEqualTo(201);
        // A search row that only a refresh of that record would put right.
        db.sql("update search_document set body = 'left as it was' where subject_type = 'person' and key = ?")
                .param(bystander).update();
        String person = unique("person");
        String organization = unique("organization");
        events.clear();

        Map<String, Integer> counts = importBundle("""
                'organizations': [{'key': '%s', 'name': 'Democratic Choice %s', 'kind': 'opposition_movement'}],
                'persons': [{'key': '%s', 'name': 'Daniyar %s', 'memberships': [{'organization': '%s', 'kind': 'member'}]}]"""
                .formatted(organization, tag, person, tag, organization));

        assertThat(counts).containsEntry("persons", 1).containsEntry("organizations", 1);
        List<RecordsChanged> told = events.stream(RecordsChanged.class).toList();
        assertThat(told).as("one event per section written").hasSize(2);
        List<String> written = new ArrayList<>();
        told.forEach(e -> e.changes().forEach(c -> {
            assertThat(c.action()).isEqualTo(RecordsChanged.IMPORTED);
            assertThat(c.before()).isNull();
            assertThat(c.version()).isEqualTo(1);
            written.add(c.subjectType() + " " + c.key());
        }));
        assertThat(written).containsExactly("organization " + organization, "person " + person);
        assertThat(db.sql("select body from search_document where subject_type = 'person' and key = ?").param(bystander)
                .query(String.class).single()).as("a record the bundle does not hold is not indexed again")
                .isEqualTo("left as it was");
        assertThat(db.sql("select key from search_document where key in (?, ?) and revision > 0 order by subject_type")
                .params(person, organization).query(String.class).list()).containsExactly(organization, person);
        assertThat(db.sql("select facets from search_document where subject_type = 'person' and key = ?").param(person)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .contains("organization:" + organization);
    }

    @Test
    void theIdentityKeysOfImportedPersonsExistAsSoonAsTheImportHasWritten() {
        String tag = tag();
        String person = unique("person");
        importBundle("'persons': [{'key': '%s', 'name': 'Zhanbolat %s', 'names': [{'name': 'Жанболат %s', 'script': 'Cyrl'}]}]"
                .formatted(person, tag, tag));

        List<String> keys = db.sql("""
                        select k.key from identity_key k join person p on p.id = k.subject_id
                        where k.subject_type = 'person' and p.key = ? order by k.key""")
                .param(person).query(String.class).list();
        assertThat(keys).isNotEmpty().anyMatch(k -> k.startsWith(NameKeys.skeleton(tag)));
        assertThat(db.sql("select count(*) from identity_stale").query(Integer.class).single())
                .as("nothing left for a catch-up").isZero();
    }

    @Test
    void aCreateThroughTheApiAndAnImportDeriveTheSameData() {
        String tag = tag();
        String content = """
                'name': 'Nurlan %s', 'names': [{'name': 'Нурлан %s', 'script': 'Cyrl', 'lang': 'ru'}],
                'roles': ['journalist'], 'place': 'kz-almaty-city', 'confidentiality': 'public',
                'description': {'original': 'en', 'en': 'Reporter %s in Almaty'}""".formatted(tag, tag, tag);
        String viaApi = unique("api");
        String viaImport = unique("bundle");
        var created = send("POST", "/api/v1/persons", json("{'key': '%s', %s}".formatted(viaApi, content)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        importBundle("'persons': [{'key': '%s', %s}]".formatted(viaImport, content));

        Derived api = derived(viaApi);
        Derived imported = derived(viaImport);

        assertThat(imported.action).isEqualTo("record_imported");
        assertThat(api.action).isEqualTo("record_created");
        assertThat(imported.snapshot).isEqualTo(api.snapshot);
        assertThat(imported.changedFields).isEqualTo(api.changedFields);
        assertThat(imported.search).isEqualTo(api.search);
        assertThat(imported.lexemes).isNotEmpty().isEqualTo(api.lexemes);
        assertThat(imported.nameKeys).isNotEmpty().isEqualTo(api.nameKeys);
        assertThat(imported.identityKeys).isNotEmpty().isEqualTo(api.identityKeys);
    }

    @Test
    void aBundleCountWithoutAUnitCountsPersonsAndEveryUnitComesBackOutOfTheExport() {
        String crowd = unique("bundle-crowd");
        String ngos = unique("bundle-ngos");
        String detentions = unique("bundle-detentions");
        String incident = "{'key': '%s', 'title': {'original': 'en', 'en': 'Counted %s'}, 'date': '2021-03-01', "
                + "'types': ['detention'], 'victimCount': %s}";
        importBundle("'incidents': [" + String.join(", ",
                incident.formatted(crowd, crowd, "{'qualifier': 'more_than', 'value': 200}"),
                incident.formatted(ngos, ngos, "{'qualifier': 'exact', 'value': 12, 'unit': 'organizations'}"),
                incident.formatted(detentions, detentions, "{'qualifier': 'about', 'value': 30, 'unit': 'unknown'}"))
                + "]");

        Map<String, String> units = Map.of(crowd, "persons", ngos, "organizations", detentions, "unknown");
        units.forEach((key, unit) -> assertThat(get("/api/v1/incidents/" + key).json().get("victimCount").get("unit")
                .asString()).as(key).isEqualTo(unit));
        JsonNode exported = Json.MAPPER.readTree(Actor.callAs(Actor.COMMAND_LINE, () -> exporter.export()));
        Map<String, String> exportedUnits = new java.util.HashMap<>();
        exported.get("incidents").forEach(i -> {
            if (units.containsKey(i.get("key").asString())) {
                exportedUnits.put(i.get("key").asString(), i.get("victimCount").get("unit").asString());
            }
        });
        assertThat(exportedUnits).isEqualTo(units);
    }

    /** What is derived from a person, without its key (which the two paths give differently). */
    private record Derived(String action, JsonNode snapshot, List<String> changedFields, List<String> search,
                           List<String> lexemes, List<String> nameKeys, List<String> identityKeys) {
    }

    @Test
    void aFileRefusedWhileItIsBeingWrittenLeavesEveryRecordExactlyAsItWas() {
        String tag = tag();
        String kept = unique("kept-source");
        importBundle("""
                'sources': [{'key': '%s', 'title': {'original': 'en', 'en': 'Report %s'}, 'outlet': 'Vlast',
                    'informant': 'Neighbour %s'}]""".formatted(kept, tag, tag));
        String before = state(kept);
        String fresh = unique("fresh-source");
        String courtA = unique("court-a");
        String courtB = unique("court-b");

        // Each court's status is decided by the other: both pass the check (each names a record of the bundle) but
        // neither can be written first, so the file is refused after its sources (parts and sealed fields) were written.
        assertThatThrownBy(() -> importBundle("""
                'sources': [
                    {'key': '%s', 'title': {'original': 'en', 'en': 'Report %s revised'}, 'informant': 'Sister %s'},
                    {'key': '%s', 'title': {'original': 'en', 'en': 'Another %s'}, 'informant': 'Colleague %s'}],
                'organizations': [
                    {'key': '%s', 'name': 'Court A %s', 'sources': [{'source': '%s'}],
                        'statuses': [{'status': 'banned_extremist', 'date': '2018-03-13', 'decidedBy': '%s'}]},
                    {'key': '%s', 'name': 'Court B %s',
                        'statuses': [{'status': 'banned_extremist', 'date': '2018-03-13', 'decidedBy': '%s'}]}]"""
                .formatted(kept, tag, tag, fresh, tag, tag, courtA, tag, fresh, courtB, courtB, tag, courtA)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().toString()).contains("decidedBy"));

        assertThat(state(kept)).as("version, content, sealed informant, history, audit and search").isEqualTo(before);
        for (String table : List.of("source", "organization")) {
            assertThat(db.sql("select count(*) from " + table + " where key in (?, ?, ?)").params(fresh, courtA, courtB)
                    .query(Integer.class).single()).isZero();
        }
        assertThat(db.sql("select count(*) from search_document where key in (?, ?, ?)").params(fresh, courtA, courtB)
                .query(Integer.class).single()).isZero();
        assertThat(db.sql("select count(*) from audit_event where subject_key in (?, ?, ?)").params(fresh, courtA, courtB)
                .query(Integer.class).single()).isZero();
    }

    /** What an import may change of a source, in one line. */
    private String state(String sourceKey) {
        return db.sql("""
                        select concat_ws(' | ', s.version, s.title::text, encode(p.informant, 'base64'),
                            (select count(*) from record_version v where v.subject_type = 'source' and v.subject_id = s.id),
                            (select count(*) from audit_event a where a.subject_type = 'source' and a.subject_key = s.key),
                            (select string_agg(d.title::text || d.body || d.document::text, ' ') from search_document d
                                where d.subject_type = 'source' and d.subject_id = s.id))
                        from source s left join source_private p on p.source_id = s.id where s.key = ?""")
                .param(sourceKey).query(String.class).single();
    }

    private Derived derived(String key) {
        JsonNode version = get("/api/v1/persons/" + key + "/history").json();
        assertThat(version).hasSize(1);
        JsonNode first = send("GET", "/api/v1/persons/" + key + "/history/1", null, Role.REVIEWER).json();
        ObjectNode snapshot = (ObjectNode) first.get("snapshot");
        assertThat(snapshot.remove("key").asString()).isEqualTo(key);
        List<String> changed = new ArrayList<>();
        version.get(0).get("changedFields").forEach(f -> changed.add(f.asString()));
        List<String> search = db.sql("""
                        select concat_ws(' | ', title::text, date, body, exact::text, facets::text, revision, confidentiality,
                            public_ok) from search_document where subject_type = 'person' and key = ?""")
                .param(key).query(String.class).list();
        // the vector less the words of the key
        List<String> lexemes = db.sql("""
                        select array_to_string(array(select unnest(tsvector_to_array(document)) except
                            select unnest(tsvector_to_array(search_vector(:key, :folded, 'D'))) order by 1), ' ')
                        from search_document where subject_type = 'person' and key = :key""")
                .param("key", key).param("folded", NameKeys.latin(key) + " " + NameKeys.skeleton(key))
                .query(String.class).list();
        List<String> nameKeys = db.sql("""
                        select concat_ws(' | ', variant, latin, skeleton) from name_key n join person p on p.id = n.subject_id
                        where n.subject_type = 'person' and p.key = ? order by 1""")
                .param(key).query(String.class).list();
        List<String> identityKeys = db.sql("""
                        select k.key from identity_key k join person p on p.id = k.subject_id
                        where k.subject_type = 'person' and p.key = ? order by 1""")
                .param(key).query(String.class).list();
        return new Derived(version.get(0).get("action").asString(), snapshot, changed, search, lexemes, nameKeys, identityKeys);
    }
}
