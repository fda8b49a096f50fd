package org.kuzet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.vocabulary.Labels;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Regions;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each rule of migration V16 on its own: the SQL definition says what its Java counterpart says, on every case.
 */
class RulesIntegrationTest extends ApiIntegrationTest {

    @Autowired
    private JdbcClient db;

    @Autowired
    private Vocabularies vocabularies;

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2020, 2, 1), LocalDate.of(2019, 2, 1),
            LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 1), LocalDate.of(2020, 4, 1));

    private static List<DateWithPrecision> dates() {
        List<DateWithPrecision> dates = new ArrayList<>();
        for (LocalDate day : DAYS) {
            for (DatePrecision precision : DatePrecision.values()) {
                if (precision != DatePrecision.YEAR || day.getDayOfYear() == 1) {
                    dates.add(new DateWithPrecision(day, precision));
                }
            }
        }
        dates.add(DateWithPrecision.day(2020, 2, 17));
        dates.add(DateWithPrecision.around(LocalDate.of(2020, 2, 17)));
        return dates;
    }

    @Test
    void theLastDayOfAnImpreciseDateAndOfASpanIsTheSameInSqlAndJava() {
        for (DateWithPrecision date : dates()) {
            assertThat(db.sql("select kuzet_last_day(?, ?)").params(date.date(), date.precision().code())
                    .query(LocalDate.class).single()).as(date.toString()).isEqualTo(date.latest());
            assertThat(db.sql("select kuzet_span_last_day(?, ?, null, null)").params(date.date(), date.precision().code())
                    .query(LocalDate.class).single()).as(date.toString()).isEqualTo(DateWithPrecision.lastDayOfSpan(date, null));
            for (DateWithPrecision end : dates()) {
                assertThat(db.sql("select kuzet_span_last_day(?, ?, ?, ?)")
                        .params(date.date(), date.precision().code(), end.date(), end.precision().code())
                        .query(LocalDate.class).single()).as(date + " to " + end)
                        .isEqualTo(DateWithPrecision.lastDayOfSpan(date, end));
            }
        }
        // "February 2020" ends on the 29th; to "2021", on 31 December 2021
        assertThat(DateWithPrecision.lastDayOfSpan(DateWithPrecision.month(2020, 2), null)).isEqualTo("2020-02-29");
        assertThat(DateWithPrecision.lastDayOfSpan(DateWithPrecision.month(2020, 2), DateWithPrecision.year(2021)))
                .isEqualTo("2021-12-31");
        // immutable, so that incidents and events can be indexed by it
        assertThat(db.sql("select string_agg(distinct provolatile::text, '') from pg_proc where proname in "
                + "('kuzet_last_day', 'kuzet_span_last_day', 'kuzet_label', 'kuzet_text')").query(String.class).single())
                .isEqualTo("i");
        assertThat(db.sql("select count(*) from pg_indexes where indexname = 'incident_span_last_day'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyPlaceRollsUpToTheSameRegionInSqlAndJavaAndAPlaceAbroadToItsCountry() {
        String p = unique("roll");
        vocabularies.savePlace(new Place(p + "-land", "country", null, new Labels("Land", "Страна", null), List.of(), null, null));
        vocabularies.savePlace(new Place(p + "-town", "city", p + "-land", new Labels("Town", "Город", null), List.of(), null, null));
        vocabularies.savePlace(new Place(p + "-village", "village", p + "-town", new Labels("Village", "Село", null), List.of(), null, null));

        Map<String, String> sql = new HashMap<>();
        db.sql("select p.code, r.code from place p left join place r on r.id = kuzet_region_of(p.id)")
                .query((rs, n) -> sql.put(rs.getString(1), rs.getString(2))).list();
        Regions regions = Regions.of(vocabularies.places());
        sql.forEach((place, region) -> assertThat(regions.regionOf(place)).as(place).isEqualTo(region));

        assertThat(sql).containsEntry(p + "-village", p + "-land").containsEntry(p + "-town", p + "-land")
                .containsEntry("kz-semey", "kz-abai-region").containsEntry("kz-almaty-city", "kz-almaty-city")
                .containsEntry("kz", "kz");
        assertThat(regions.isWholeGroup(p + "-land")).isTrue();
        assertThat(regions.isWholeGroup("kz-abai-region")).isTrue();
        assertThat(regions.isWholeGroup("kz")).isFalse();
        assertThat(regions.isWholeGroup("kz-semey")).isFalse();
        // a filter on a place finds what lies in it
        assertThat(db.sql("select count(*) from kuzet_places_in(?)").param(p + "-land").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void labelsFallBackTheSameWayInSqlAndJava() {
        List<Labels> labels = List.of(new Labels("en", "ru", "kk"), new Labels("en", "ru", null), new Labels("en", null, null),
                new Labels("en", null, "kk"));
        for (Labels l : labels) {
            for (String lang : new String[] {"en", "ru", "kk", "de"}) {
                assertThat(db.sql("select kuzet_label(?, ?, ?, ?)").params(lang, l.en(), l.ru(), l.kk()).query(String.class)
                        .optional().orElse(null)).as(l + " in " + lang).isEqualTo(l.in(lang));
            }
        }
        for (String json : List.of("{\"original\": \"ru\", \"ru\": \"по-русски\"}",
                "{\"original\": \"en\", \"en\": \"English\", \"kk\": \"қазақша\"}")) {
            for (String lang : new String[] {"en", "ru", "kk"}) {
                assertThat(db.sql("select kuzet_text(cast(? as jsonb), ?)").params(json, lang).query(String.class).single())
                        .as(json + " in " + lang).isEqualTo(Json.localized(json).in(lang).text());
            }
        }
    }

    @Test
    void anIncidentsOrganisationsAreItsVictimItsPerpetratorAndItsVictimsOrganisations() {
        String p = unique("via");
        for (String o : List.of("victim", "perpetrator", "member", "unrelated")) {
            assertThat(send("POST", "/api/v1/organizations", json("{'key': '%s-%s', 'name': 'Org %s %s', 'kind': 'ngo'}"
                    .formatted(p, o, o, p)), Role.ADMIN).status()).isEqualTo(201);
        }
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%1$s-person', 'name': 'Person %1$s', 'memberships': [{'organization': '%1$s-member', 'kind': 'member'}]}"""
                .formatted(p)), Role.ADMIN).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/persons", json("""
                {'key': '%1$s-culprit', 'name': 'Culprit %1$s', 'memberships': [{'organization': '%1$s-unrelated', 'kind': 'member'}]}"""
                .formatted(p)), Role.ADMIN).status()).isEqualTo(201);
        var created = send("POST", "/api/v1/incidents", json("""
                {'key': '%1$s-incident', 'title': {'original': 'en', 'en': 'Incident %1$s'}, 'date': '2022-01-05',
                 'types': ['detention'], 'victims': [{'organization': '%1$s-victim'}, {'person': '%1$s-person'}],
                 'perpetrators': [{'kind': 'police', 'organization': '%1$s-perpetrator'}, {'kind': 'police', 'person': '%1$s-culprit'}]}"""
                .formatted(p)), Role.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Map<String, String> via = new HashMap<>();
        db.sql("""
                select o.key, x.via from incident_organization x join organization o on o.id = x.organization_id
                join incident i on i.id = x.incident_id where i.key = ?""").param(p + "-incident")
                .query((rs, n) -> via.put(rs.getString(1), rs.getString(2))).list();
        // a perpetrator's memberships do not make the incident the organisation's
        assertThat(via).isEqualTo(Map.of(p + "-victim", "victim", p + "-perpetrator", "perpetrator", p + "-member", "member"));

        // a case's: a party's, or a defendant's organisation; not a witness's
        var legalCase = send("POST", "/api/v1/cases", json("""
                {'key': '%1$s-case', 'kind': 'criminal', 'title': {'original': 'en', 'en': 'Case %1$s'},
                 'parties': [{'person': '%1$s-person', 'role': 'defendant'}, {'person': '%1$s-culprit', 'role': 'witness'},
                             {'organization': '%1$s-victim', 'role': 'plaintiff'}],
                 'stages': [{'kind': 'opened', 'date': '2022-01-06'}]}""".formatted(p)), Role.ADMIN);
        assertThat(legalCase.status()).as(legalCase.body()).isEqualTo(201);
        Map<String, String> ofCase = new HashMap<>();
        db.sql("""
                select o.key, x.via from case_organization x join organization o on o.id = x.organization_id
                join legal_case c on c.id = x.case_id where c.key = ?""").param(p + "-case")
                .query((rs, n) -> ofCase.put(rs.getString(1), rs.getString(2))).list();
        assertThat(ofCase).isEqualTo(Map.of(p + "-victim", "party", p + "-member", "member"));
    }
}
