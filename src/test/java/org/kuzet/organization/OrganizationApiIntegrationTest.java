package org.kuzet.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.shared.Checker;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordRows;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OrganizationApiIntegrationTest extends ApiIntegrationTest {

    /** Longer than any text of an organisation may be, within the size of a request (2 MB). */
    private static final String TOO_LONG = "x".repeat(1024 * 1024);

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient db;

    @Test
    void bannedMovementKeepsItsAliasesAndStatusHistoryByKeyAndById() {
        String court = aCourt();
        String source = aSource();
        String key = unique("dvk");
        JsonNode dvk = json("""
                {'key': '%s', 'name': 'Democratic Choice of Kazakhstan', 'kind': 'opposition_movement',
                 'names': [
                   {'name': 'DVK', 'script': 'Latn', 'lang': 'en', 'kind': 'abbreviation'},
                   {'name': 'DCK', 'script': 'Latn', 'lang': 'en', 'kind': 'abbreviation'},
                   {'name': 'ДВК', 'script': 'Cyrl', 'lang': 'ru', 'kind': 'abbreviation'},
                   {'name': 'Қазақстанның демократиялық таңдауы', 'script': 'Cyrl', 'lang': 'kk', 'kind': 'name'}],
                 'place': 'kz',
                 'description': {'original': 'en', 'en': 'Opposition movement led from abroad by Mukhtar Ablyazov.',
                                 'kk': 'Қазақстан: ә ғ қ ң ө ұ ү һ і'},
                 'statuses': [
                   {'status': 'founded', 'date': '2017-04-01', 'datePrecision': 'month'},
                   {'status': 'banned_extremist', 'date': '2018-03-13', 'datePrecision': 'day', 'decidedBy': '%s',
                    'note': {'original': 'ru', 'ru': 'Признано экстремистским решением суда'},
                    'sources': [{'source': '%s', 'claim': 'banned as extremist', 'locator': 'page 3'}]}],
                 'confidentiality': 'public',
                 'sources': [{'source': '%s'}]}""".formatted(key, court, source, source));

        var created = send("POST", "/api/v1/organizations", dvk, Role.EDITOR);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        var byKey = get("/api/v1/organizations/" + key);
        var byId = get("/api/v1/organizations/" + created.json().get("id").asLong());
        assertThat(content(byKey.json())).isEqualTo(dvk);
        assertThat(content(byId.json())).isEqualTo(dvk);
        assertThat(byKey.json().get("names").get(2).get("name").asString()).isEqualTo("ДВК");
        assertThat(byKey.json().get("statuses").get(1).get("decidedBy").asString()).isEqualTo(court);
    }

    @Test
    void everyProblemOfAnOrganizationIsNamedAndNothingIsStored() {
        String key = unique("bad-org");
        var response = send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Алға!', 'kind': 'cult',
                 'names': [{'name': 'Alga', 'script': 'latin'}, {'name': 'Алга', 'kind': 'nickname', 'lang': 'rus'}],
                 'place': 'kz-atlantis',
                 'description': {'original': 'en', 'en': '%s'},
                 'statuses': [
                   {'status': 'outlawed', 'date': '2012-12-21'},
                   {'status': 'banned', 'date': '2021-02-30'},
                   {'status': 'banned', 'date': '2012-12-21', 'datePrecision': 'month'},
                   {'status': 'banned_extremist', 'date': '2012-12-21', 'decidedBy': 'no-such-court'},
                   {'status': 'dissolved', 'date': '2013-01-01', 'decidedBy': '%s'},
                   {'status': 'liquidated'}],
                 'sources': [{'source': 'no-such-source'}]}""".formatted(key, TOO_LONG, key)), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("$.kind", "$.names[0].script", "$.names[1].kind",
                "$.names[1].lang", "$.place", "$.description.en", "$.statuses[0].status", "$.statuses[1].date",
                "$.statuses[2].date", "$.statuses[3].decidedBy", "$.statuses[4].decidedBy", "$.statuses[5].date",
                "$.sources[0].source");
        assertThat(response.body()).contains("is too long: 1048576 characters");
        assertThat(get("/api/v1/organizations/" + key).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String key = unique("kazfem");
        send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'KazFem', 'kind': 'ngo'}".formatted(key)), Role.EDITOR);
        var first = send("PUT", "/api/v1/organizations/" + key,
                json("{'version': 1, 'name': 'KazFem', 'kind': 'ngo', 'names': [{'name': 'КазФем', 'script': 'Cyrl'}]}"), Role.EDITOR);
        var second = send("PUT", "/api/v1/organizations/" + key,
                json("{'version': 1, 'name': 'Kazakhstan Feminist Initiative', 'kind': 'informal_group'}"), Role.EDITOR);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("currentVersion").asInt()).isEqualTo(2);
        var stored = get("/api/v1/organizations/" + key).json();
        assertThat(stored.get("name").asString()).isEqualTo("KazFem");
        assertThat(stored.get("kind").asString()).isEqualTo("ngo");
        assertThat(stored.get("names").get(0).get("name").asString()).isEqualTo("КазФем");
    }

    @Test
    void updateReplacesNamesAndStatusesWholesaleWithTheirCitations() {
        String source = aSource();
        String key = unique("atajurt");
        send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Atajurt Eriktileri', 'kind': 'ngo',
                 'names': [{'name': 'Атажұрт', 'kind': 'name'}, {'name': 'Atajurt', 'kind': 'alias'}],
                 'statuses': [{'status': 'registration_denied', 'date': '2018-01-01', 'datePrecision': 'year',
                               'sources': [{'source': '%s'}]},
                              {'status': 'registered', 'date': '2019-10-01', 'datePrecision': 'month',
                               'sources': [{'source': '%s'}]}]}""".formatted(key, source, source)), Role.EDITOR);

        var updated = send("PUT", "/api/v1/organizations/" + key, json("""
                {'version': 1, 'key': '%s', 'name': 'Atajurt Eriktileri', 'kind': 'ngo',
                 'names': [{'name': 'Атажұрт еріктілері', 'kind': 'name'}],
                 'statuses': [{'status': 'liquidated', 'date': '2021-03-01', 'datePrecision': 'approximate',
                               'decidedByText': 'Almaty specialised inter-district economic court',
                               'sources': [{'source': '%s', 'claim': 'liquidated for unpaid fines'}]}]}""".formatted(key, source)),
                Role.EDITOR);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(updated.json().get("names")).hasSize(1);
        assertThat(updated.json().get("statuses")).hasSize(1);
        assertThat(updated.json().get("statuses").get(0).get("sources").get(0).get("claim").asString())
                .isEqualTo("liquidated for unpaid fines");
        long sourceId = db.sql("select id from source where key = ?").param(source).query(Long.class).single();
        assertThat(db.sql("select count(*) from citation where subject_type = 'organization_status' and source_id = ?")
                .param(sourceId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStatusCannotBeDecidedByTheOrganizationItself() {
        String key = unique("self");
        send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'Koshe partiyasy', 'kind': 'political_party'}".formatted(key)),
                Role.EDITOR);

        var response = send("PUT", "/api/v1/organizations/" + key, json("""
                {'version': 1, 'name': 'Koshe partiyasy', 'kind': 'political_party',
                 'statuses': [{'status': 'dissolved', 'date': '2020-01-01', 'decidedBy': '%s'}]}""".formatted(key)), Role.EDITOR);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("$.statuses[0].decidedBy");
        assertThat(get("/api/v1/organizations/" + key).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void deletionNeedsAReasonAndHidesTheOrganization() {
        String key = unique("gone-org");
        send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'Ұйым', 'kind': 'other'}".formatted(key)), Role.EDITOR);

        assertThat(send("DELETE", "/api/v1/organizations/" + key, json("{'reason': ' '}"), Role.EDITOR).status()).isEqualTo(422);
        assertThat(send("DELETE", "/api/v1/organizations/" + key, json("{'reason': 'duplicate of dvk'}"), Role.EDITOR).status())
                .isEqualTo(204);
        assertThat(get("/api/v1/organizations/" + key).status()).isEqualTo(404);
        assertThat(get("/api/v1/organizations?q=" + key).json().get("total").asInt()).isZero();
        assertThat(db.sql("select deleted_reason from organization where key = ?").param(key).query(String.class).single())
                .isEqualTo("duplicate of dvk");
    }

    @Test
    void listFindsOrganizationsByAnyOfTheirNamesAndByKind() {
        String alias = "ДВК-" + unique("x").substring(2);
        String key = unique("movement");
        send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Köşe', 'kind': 'opposition_movement', 'names': [{'name': '%s', 'kind': 'alias'}]}"""
                .formatted(key, alias)), Role.EDITOR);

        var byAlias = get("/api/v1/organizations?q=" + encode(alias));
        var byKind = get("/api/v1/organizations?q=" + encode(alias) + "&kind=court");
        var sorted = get("/api/v1/organizations?sort=-updatedAt&size=1");
        var badSort = get("/api/v1/organizations?sort=age");

        assertThat(byAlias.json().get("total").asInt()).isEqualTo(1);
        assertThat(byAlias.json().get("items").get(0).get("key").asString()).isEqualTo(key);
        assertThat(byKind.json().get("total").asInt()).isZero();
        assertThat(sorted.status()).isEqualTo(200);
        assertThat(sorted.json().get("items")).hasSize(1);
        assertThat(badSort.status()).isEqualTo(422);
        assertThat(badSort.errorFields()).containsExactly("query.sort");
    }

    @Test
    void aBranchIsPartOfItsMovementNeverOfItselfNorOfItsOwnBranchAndKeepsItsMovementFromBeingDeleted() {
        String movement = unique("movement");
        String branch = unique("branch");
        String cell = unique("cell");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Erkindik Qanaty', 'kind': 'opposition_movement'}""".formatted(movement)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Erkindik Qanaty Almaty branch', 'kind': 'opposition_movement', 'parent': '%s'}""".formatted(branch,
                movement)), Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Erkindik Qanaty cell of Auezov district', 'kind': 'informal_group', 'parent': '%s'}""".formatted(cell,
                branch)), Role.EDITOR).status()).isEqualTo(201);

        var partOfItsCell = send("PUT", "/api/v1/organizations/" + movement, json("""
                {'version': 1, 'name': 'Erkindik Qanaty', 'kind': 'opposition_movement', 'parent': '%s'}""".formatted(cell)),
                Role.EDITOR);
        var partOfItself = send("PUT", "/api/v1/organizations/" + branch, json("""
                {'version': 1, 'name': 'Erkindik Qanaty Almaty branch', 'kind': 'opposition_movement', 'parent': '%s'}""".formatted(branch)),
                Role.EDITOR);
        var partOfNothing = send("POST", "/api/v1/organizations", json("""
                {'name': 'Nowhere branch', 'kind': 'ngo', 'parent': 'no-such-organization'}"""), Role.EDITOR);

        assertThat(get("/api/v1/organizations/" + cell).json().get("parent").asString()).isEqualTo(branch);
        assertThat(partOfItsCell.status()).isEqualTo(422);
        assertThat(partOfItsCell.body()).contains("cannot be part of its own branch");
        assertThat(partOfItself.status()).isEqualTo(422);
        assertThat(partOfItself.errorFields()).containsExactly("$.parent");
        assertThat(partOfNothing.errorFields()).containsExactly("$.parent");
        assertThat(get("/api/v1/organizations/" + movement).json().has("parent")).isFalse();
        var deleted = send("DELETE", "/api/v1/organizations/" + movement, json("{'reason': 'test'}"), Role.EDITOR);
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.body()).contains("organization " + branch);
    }

    @Test
    void aMergeGivesTheDuplicatesBranchesToTheSurvivor() {
        String survivor = unique("oyan");
        String duplicate = unique("oyan-copy");
        String branch = unique("oyan-branch");
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Oyan Qazaqstan', 'kind': 'informal_group'}""".formatted(survivor)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Оян, Казахстан', 'kind': 'informal_group'}""".formatted(duplicate)),
                Role.EDITOR).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Oyan Qazaqstan Shymkent group', 'kind': 'informal_group', 'parent': '%s'}""".formatted(branch,
                duplicate)), Role.EDITOR).status()).isEqualTo(201);

        var merged = send("POST", "/api/v1/organizations/" + survivor + "/merge",
                json("{'duplicate': '" + duplicate + "', 'version': 1}"), Role.REVIEWER);

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(get("/api/v1/organizations/" + branch).json().get("parent").asString()).isEqualTo(survivor);
        var undone = send("POST", "/api/v1/organizations/" + survivor + "/merges/" + merged.json().get("mergeId").asLong()
                + "/undo", null, Role.REVIEWER);
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(get("/api/v1/organizations/" + branch).json().get("parent").asString()).isEqualTo(duplicate);
    }

    @Test
    void aStatusDecidedByACourtPendingInTheSameImportResolvesThroughTheKeyResolver() {
        String court = unique("pending-court");
        String key = unique("pending-org");
        var doc = new OrganizationDocument(null, null, key, "Халық майданы", "opposition_movement", null, null, null, null,
                java.util.List.of(new OrganizationDocument.Status("banned_extremist", "2019-05-01", "month", court, null, null,
                        null)), null, null, null, null);
        KeyResolver pending = (table, k) -> table.equals("organization") && k.equals(court) ? Optional.of(-1L) : Optional.empty();

        Checker withImport = Checker.rootAt("$.organizations[0]");
        organizations.validate(withImport, doc, true, KeyResolver.database(db).or(pending));
        Checker withoutImport = Checker.rootAt("$.organizations[0]");
        organizations.validate(withoutImport, doc, true, KeyResolver.database(db));

        assertThat(withImport.problems()).isEmpty();
        assertThat(withoutImport.problems()).extracting(p -> p.path()).containsExactly("$.organizations[0].statuses[0].decidedBy");
        assertThat(RecordRows.keyExists(db, "organization", key)).isFalse();
    }

    @Test
    void theImporterPathWritesWhatValidateAcceptedAndOverwritesWholesale() {
        String court = aCourt();
        String key = unique("imported-org");
        var banned = new OrganizationDocument(null, null, key, "Атажұрт", "ngo", null,
                java.util.List.of(new OrganizationDocument.Name("Atajurt", "Latn", "en", "alias")), null, null,
                java.util.List.of(new OrganizationDocument.Status("banned", "2019-01-01", "year", court, null, null, null)),
                null, null, null, null);
        Checker first = Checker.root();
        long id = organizations.insert(banned, organizations.validate(first, banned, true, KeyResolver.database(db)), null);
        var reactivated = new OrganizationDocument(null, null, key, "Атажұрт", "ngo", null, null, null, null,
                java.util.List.of(new OrganizationDocument.Status("reactivated", "2020-05-05", null, null, null, null, null)),
                null, null, null, null);
        Checker second = Checker.root();
        organizations.overwrite(id, reactivated, organizations.validate(second, reactivated, false, KeyResolver.database(db)));

        assertThat(first.problems()).isEmpty();
        assertThat(second.problems()).isEmpty();
        var stored = organizations.get(key);
        assertThat(stored.names()).isEmpty();
        assertThat(stored.statuses()).extracting(OrganizationDocument.Status::status).containsExactly("reactivated");
        assertThat(stored.statuses().getFirst().datePrecision()).isEqualTo("day");
    }

    @Test
    void allListsLiveOrganizationsByKeyWithoutMetadata() {
        String key = unique("aaa-export");
        send("POST", "/api/v1/organizations", json("{'key': '%s', 'name': 'Export test', 'kind': 'ngo'}".formatted(key)), Role.EDITOR);

        var all = organizations.all();

        assertThat(all).extracting(OrganizationDocument::key).isSorted().contains(key);
        var exported = all.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
        assertThat(exported.id()).isNull();
        assertThat(exported.version()).isNull();
        assertThat(exported.createdAt()).isNull();
        assertThat(exported.confidentiality()).isEqualTo("internal");
    }

    private String aCourt() {
        String key = unique("esil-court");
        var court = send("POST", "/api/v1/organizations", json("""
                {'key': '%s', 'name': 'Esil District Court of Astana', 'kind': 'court', 'place': 'kz-astana-city',
                 'names': [{'name': 'Есіл аудандық соты', 'script': 'Cyrl', 'lang': 'kk', 'kind': 'translation'}]}"""
                .formatted(key)), Role.EDITOR);
        assertThat(court.status()).isEqualTo(201);
        return key;
    }

    private String aSource() {
        String key = unique("civicus");
        var source = send("POST", "/api/v1/sources", json("{'key': '%s', 'url': 'https://monitor.civicus.org/a', 'kind': 'ngo_report'}"
                .formatted(key)), Role.EDITOR);
        assertThat(source.status()).isEqualTo(201);
        return key;
    }

    /** The document without what the API adds (id, version, timestamps). */
    static JsonNode content(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        for (String metadata : java.util.List.of("id", "version", "createdAt", "updatedAt")) {
            copy.remove(metadata);
        }
        return copy;
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
