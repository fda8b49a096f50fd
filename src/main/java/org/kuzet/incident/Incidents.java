package org.kuzet.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.crypto.PrivateFields;
import org.kuzet.crypto.SealedColumn;
import org.kuzet.crypto.Vault;
import org.kuzet.incident.IncidentDocument.Article;
import org.kuzet.incident.IncidentDocument.Perpetrator;
import org.kuzet.incident.IncidentDocument.Victim;
import org.kuzet.incident.IncidentDocument.VictimCount;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The incidents of the record. */
@Service
public class Incidents extends RecordStore<IncidentDocument, Incidents.Valid, IncidentFilter> {

    static final int TESTIMONY_LENGTH = 100_000;
    /** A victim's or witness's own account, sealed in {@code incident_private}. */
    static final List<SealedColumn> PRIVATE_COLUMNS = PrivateFields.columns("incident_private", "incident_id", "testimony");

    private final Vocabularies vocabularies;
    private final Citations citations;
    private final PrivateFields privateFields;

    public Incidents(JdbcClient db, Vocabularies vocabularies, Citations citations, Vault vault) {
        super(db, "incident", "i", "incident", "incident");
        this.vocabularies = vocabularies;
        this.citations = citations;
        this.privateFields = new PrivateFields(db, vault, "incident_private", "incident_id", "testimony");
    }

    @Override
    protected long insert(IncidentDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "incident", """
                key, title, narrative, date, date_precision, end_date, end_date_precision, place_id, place_detail, latitude,
                longitude, event_id, victim_count, victim_count_qualifier, victim_count_unit, review_status, confidentiality,
                created_by, updated_by""", "?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?",
                keyFor(doc), Json.write(doc.title()), Json.write(doc.narrative()), v.date == null ? null : v.date.date(), v.date == null ? null : v.date.precision().code(),
                v.endDate == null ? null : v.endDate.date(), v.endDate == null ? null : v.endDate.precision().code(),
                v.placeId, doc.placeDetail(), doc.latitude(), doc.longitude(), v.eventId,
                doc.victimCount() == null ? null : doc.victimCount().value(),
                doc.victimCount() == null ? null : doc.victimCount().qualifier(),
                doc.victimCount() == null ? null : doc.victimCount().unit(),
                v.reviewStatus, v.confidentiality, userId, userId);
        privateFields.write(id, testimony(doc));
        writeChildren(id, doc, v);
        return id;
    }

    /** Replaces the incident's types, rights, victims, perpetrators, articles and cases wholesale too. */
    @Override
    protected void overwrite(long id, IncidentDocument doc, Valid v) {
        db.sql("""
                update incident set title = cast(? as jsonb), narrative = cast(? as jsonb), date = ?, date_precision = ?,
                    end_date = ?, end_date_precision = ?, place_id = ?, place_detail = ?, latitude = ?, longitude = ?,
                    event_id = ?, victim_count = ?, victim_count_qualifier = ?, victim_count_unit = ?, review_status = ?,
                    confidentiality = ?
                where id = ?""")
                .params(Json.write(doc.title()), Json.write(doc.narrative()), v.date == null ? null : v.date.date(), v.date == null ? null : v.date.precision().code(),
                        v.endDate == null ? null : v.endDate.date(), v.endDate == null ? null : v.endDate.precision().code(),
                        v.placeId, doc.placeDetail(), doc.latitude(), doc.longitude(), v.eventId,
                        doc.victimCount() == null ? null : doc.victimCount().value(),
                        doc.victimCount() == null ? null : doc.victimCount().qualifier(),
                        doc.victimCount() == null ? null : doc.victimCount().unit(),
                        v.reviewStatus, v.confidentiality, id)
                .update();
        // A reader who cannot see the testimony sent none: keep what is stored.
        if (PrivateFields.visibleTo(Actor.current(), createdBy(id))) {
            privateFields.write(id, testimony(doc));
        }
        for (String table : List.of("incident_type", "incident_right", "incident_victim", "incident_perpetrator",
                "incident_article", "incident_case")) {
            db.sql("delete from " + table + " where incident_id = ?").param(id).update();
        }
        writeChildren(id, doc, v);
    }

    private static Map<String, String> testimony(IncidentDocument doc) {
        Map<String, String> values = new HashMap<>();
        values.put("testimony", doc.testimony());
        return values;
    }

    private Long createdBy(long id) {
        return db.sql("select created_by from incident where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    private void writeChildren(long id, IncidentDocument doc, Valid v) {
        for (long termId : v.typeIds) {
            PartRows.write(db, "insert into incident_type (incident_id, term_id) values (?, ?)", id, termId);
        }
        for (long termId : v.rightIds) {
            PartRows.write(db, "insert into incident_right (incident_id, term_id) values (?, ?)", id, termId);
        }
        for (int i = 0; i < v.victims.size(); i++) {
            long[] victim = v.victims.get(i);
            PartRows.write(db, "insert into incident_victim (incident_id, position, person_id, organization_id, note) values (?, ?, ?, ?, ?)",
                    id, i, victim[0] == 0 ? null : victim[0], victim[1] == 0 ? null : victim[1], doc.victims().get(i).note());
        }
        for (int i = 0; i < v.perpetrators.size(); i++) {
            Long[] p = v.perpetrators.get(i);
            PartRows.write(db, "insert into incident_perpetrator (incident_id, position, kind_id, organization_id, person_id, description) values (?, ?, ?, ?, ?, ?)",
                    id, i, p[0], p[1], p[2], doc.perpetrators().get(i).description());
        }
        for (int i = 0; i < v.articleIds.size(); i++) {
            PartRows.write(db, "insert into incident_article (incident_id, position, article_id, part) values (?, ?, ?, ?)",
                    id, i, v.articleIds.get(i), doc.articles().get(i).part());
        }
        for (long caseId : v.caseIds) {
            PartRows.write(db, "insert into incident_case (incident_id, case_id) values (?, ?)", id, caseId);
        }
        citations.replace("incident", id, v.citations);
    }

    /** The protected fields are kept on update for a writer who cannot see them, so they are not compared. */
    @Override
    protected IncidentDocument comparable(IncidentDocument doc) {
        return doc.withoutProtectedFields();
    }


    /** Checks an incident beyond its key; {@code refs} resolves its event, persons, organisations, cases and sources. */
    @Override
    protected Valid check(Checker at, IncidentDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        at.at("title").localized(doc.title(), 1000, true);
        at.at("narrative").localized(doc.narrative(), 100_000, false);
        at.at("testimony").text(doc.testimony(), TESTIMONY_LENGTH);
        if (doc.testimony() != null && key != null) {
            Long createdBy = db.sql("select created_by from incident where key = ?").param(key).query(Long.class).optional()
                    .orElse(Actor.current().userId()); // a new incident: the one who creates it
            if (!PrivateFields.visibleTo(Actor.current(), createdBy)) {
                at.at("testimony").problem("only reviewers, administrators and the incident's creator may set it");
            }
        }
        if (IncidentDocument.DATE_UNKNOWN.equals(doc.datePrecision())) {
            // The sources give no date: none is invented, and there is no end to a span without a start.
            if (doc.date() != null) {
                at.at("date").problem("is given, but datePrecision says the date is unknown");
            }
            if (doc.endDate() != null) {
                at.at("endDate").problem("cannot be given when the date is unknown");
            }
        } else {
            if (doc.date() == null) {
                at.at("date").problem("is required; when the sources give no date, send datePrecision \"unknown\" instead");
            }
            v.date = at.dateWithPrecision("date", doc.date(), "datePrecision", doc.datePrecision(), false);
            v.endDate = at.dateWithPrecision("endDate", doc.endDate(), "endDatePrecision", doc.endDatePrecision(), false);
        }
        if (v.date != null && v.endDate != null && v.endDate.latest().isBefore(v.date.earliest())) {
            at.at("endDate").problem("is before the date (" + doc.date() + ")");
        }
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("'" + doc.place() + "' is not a known place code (see GET /api/v1/vocabularies/places)");
            }
        }
        at.at("placeDetail").text(doc.placeDetail(), 500);
        if (doc.latitude() != null && doc.latitude().abs().compareTo(java.math.BigDecimal.valueOf(90)) > 0) {
            at.at("latitude").problem("must be between -90 and 90");
        }
        if (doc.longitude() != null && doc.longitude().abs().compareTo(java.math.BigDecimal.valueOf(180)) > 0) {
            at.at("longitude").problem("must be between -180 and 180");
        }
        if (doc.event() != null) {
            v.eventId = refs.id("event", doc.event()).orElse(null);
            if (v.eventId == null) {
                at.at("event").problem("no event '" + doc.event() + "'");
            }
        }
        if (doc.types() == null || doc.types().isEmpty()) {
            at.at("types").problem("at least one incident type is required");
        }
        v.typeIds = vocabularies.termIds(at.at("types"), "incident_type", doc.types());
        v.rightIds = vocabularies.termIds(at.at("rights"), "right", doc.rights());
        checkVictims(at, doc, refs, v);
        checkPerpetrators(at, doc, refs, v);
        List<Article> articles = doc.articles() == null ? List.of() : doc.articles();
        for (int i = 0; i < articles.size(); i++) {
            Checker a = at.at("articles").at(i);
            Article article = articles.get(i);
            if (article == null || !a.at("code").required(article.code()) | !a.at("article").required(article.article())) {
                continue;
            }
            if (article.part() != null && !article.part().matches("^[0-9]+(\\.[0-9]+)?$")) {
                a.at("part").problem("'" + article.part() + "' is not a part number such as 1 or 2.1");
            }
            vocabularies.articleId(article.code(), article.article()).ifPresentOrElse(v.articleIds::add,
                    () -> a.problem(article.code() + " " + article.article() + " is not a known legal article"));
        }
        List<String> cases = doc.legalCases() == null ? List.of() : doc.legalCases();
        for (int i = 0; i < cases.size(); i++) {
            Checker c = at.at("legalCases").at(i);
            String caseKey = cases.get(i);
            refs.id("legal_case", caseKey).ifPresentOrElse(v.caseIds::add, () -> c.problem("no legal case '" + caseKey + "'"));
        }
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.reviewStatus = at.at("reviewStatus").oneOf(doc.reviewStatus() == null ? ReviewStatus.DRAFT.code() : doc.reviewStatus(),
                ReviewStatus.CODES);
        checkReviewer(at.at("reviewStatus"), key, v.reviewStatus);
        v.citations = citations.validate(at.at("sources"), doc.sources(), sourceKey -> refs.id("source", sourceKey));
        return v;
    }

    private void checkVictims(Checker at, IncidentDocument doc, KeyResolver refs, Valid v) {
        List<Victim> victims = doc.victims() == null ? List.of() : doc.victims();
        for (int i = 0; i < victims.size(); i++) {
            Checker c = at.at("victims").at(i);
            Victim victim = victims.get(i);
            if (victim == null || (victim.person() == null) == (victim.organization() == null)) {
                c.problem("a victim names either a person or an organization");
                continue;
            }
            c.at("note").text(victim.note(), 2000);
            if (victim.person() != null) {
                refs.id("person", victim.person()).ifPresentOrElse(id -> v.victims.add(new long[] {id, 0}),
                        () -> c.at("person").problem("no person '" + victim.person() + "'"));
            } else {
                refs.id("organization", victim.organization()).ifPresentOrElse(id -> v.victims.add(new long[] {0, id}),
                        () -> c.at("organization").problem("no organization '" + victim.organization() + "'"));
            }
        }
        VictimCount count = doc.victimCount();
        if (count != null) {
            Checker c = at.at("victimCount");
            if (c.at("qualifier").required(count.qualifier())) {
                c.at("qualifier").oneOf(count.qualifier(), VictimCount.QUALIFIERS);
            }
            c.at("unit").oneOf(count.unit(), VictimCount.UNITS);
            if (count.value() == null) {
                c.at("value").problem("is required with a qualifier (e.g. {\"qualifier\": \"more_than\", \"value\": 200})");
            } else if (count.value() < 1) {
                c.at("value").problem("must be at least 1");
            }
        }
    }

    private void checkPerpetrators(Checker at, IncidentDocument doc, KeyResolver refs, Valid v) {
        List<Perpetrator> perpetrators = doc.perpetrators() == null ? List.of() : doc.perpetrators();
        for (int i = 0; i < perpetrators.size(); i++) {
            Checker c = at.at("perpetrators").at(i);
            Perpetrator p = perpetrators.get(i);
            if (p == null || !c.at("kind").required(p.kind())) {
                continue;
            }
            Long kindId = vocabularies.termId("perpetrator_kind", p.kind()).orElse(null);
            if (kindId == null) {
                c.at("kind").problem("'" + p.kind() + "' is not a perpetrator kind (see GET /api/v1/vocabularies/perpetrator_kind)");
            }
            Long orgId = null;
            Long personId = null;
            if (p.organization() != null) {
                orgId = refs.id("organization", p.organization()).orElse(null);
                if (orgId == null) {
                    c.at("organization").problem("no organization '" + p.organization() + "'");
                }
            }
            if (p.person() != null) {
                personId = refs.id("person", p.person()).orElse(null);
                if (personId == null) {
                    c.at("person").problem("no person '" + p.person() + "'");
                }
            }
            c.at("description").text(p.description(), 2000);
            v.perpetrators.add(new Long[] {kindId, orgId, personId});
        }
    }

    /** A checked incident with its references resolved to ids. */
    public static final class Valid {
        DateWithPrecision date;
        DateWithPrecision endDate;
        Long placeId;
        Long eventId;
        List<Long> typeIds = new ArrayList<>();
        List<Long> rightIds = new ArrayList<>();
        List<long[]> victims = new ArrayList<>();
        List<Long[]> perpetrators = new ArrayList<>();
        List<Long> articleIds = new ArrayList<>();
        List<Long> caseIds = new ArrayList<>();
        String confidentiality;
        String reviewStatus;
        List<Citations.Resolved> citations = List.of();
    }

    /**
     * The review status may be raised only by those {@link ReviewStatus#mayBeSetBy} names; the command-line operator,
     * who has no role, may set any.
     */
    private void checkReviewer(Checker at, String key, String status) {
        Optional<ReviewStatus> wanted = ReviewStatus.fromCode(status);
        String role = Actor.current().role();
        if (wanted.isEmpty() || role == null) {
            return;
        }
        ReviewStatus stored = key == null ? null : db.sql("select review_status from incident where key = ?").param(key)
                .query(String.class).optional().flatMap(ReviewStatus::fromCode).orElse(null);
        if (!wanted.get().mayBeSetBy(Role.fromCode(role), stored)) {
            at.problem("only a reviewer or an administrator can mark an incident " + status);
        }
    }

    /** Reads incidents with everything attached, one query per part. */
    @Override
    protected List<IncidentDocument> load(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        db.sql("""
                select i.*, p.code as place_code, e.key as event_key from incident i
                left join place p on p.id = i.place_id left join event e on e.id = i.event_id
                where i.id in (:ids)""")
                .param("ids", ids).query(this::row).list().forEach(r -> rows.put(r.id, r));
        Map<Long, List<String>> types = codes("incident_type", ids);
        Map<Long, List<String>> rights = codes("incident_right", ids);
        Map<Long, List<Victim>> victims = victims(ids);
        Map<Long, List<Perpetrator>> perpetrators = new HashMap<>();
        // Read incident by incident, whatever the statistics say: a plan PostgreSQL kept from a load's first files
        // walked every perpetrator of each kind to find a batch's (0.1 to 0.35 s a batch at 30,000 incidents, growing
        // with the record), or hashed every person and organisation, each checked against its policy. The lateral
        // subquery, which offset 0 keeps from being flattened, is one index lookup per incident; a linked record's key
        // is one lookup by id.
        db.sql("""
                select x.incident_id, t.code, (select o.key from organization o where o.id = x.organization_id),
                    (select p.key from person p where p.id = x.person_id), x.description
                from unnest(cast(:ids as bigint[])) as batch(id)
                cross join lateral (select * from incident_perpetrator l where l.incident_id = batch.id offset 0) x
                join vocabulary_term t on t.id = x.kind_id
                order by x.incident_id, x.position""")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Perpetrator(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))))
                .list().forEach(e -> perpetrators.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Article>> articles = new HashMap<>();
        db.sql("""
                select x.incident_id, a.code, a.article, x.part from incident_article x join legal_article a on a.id = x.article_id
                where x.incident_id in (:ids) order by x.incident_id, x.position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Article(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().forEach(e -> articles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> cases = new HashMap<>();
        db.sql("""
                select x.incident_id, c.key from incident_case x join legal_case c on c.id = x.case_id
                where x.incident_id in (:ids) order by x.incident_id, c.key""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> cases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Citation>> cited = citations.of("incident", ids);
        Map<Long, Map<String, String>> sealed = privateFields.read(rows.values().stream()
                .filter(r -> PrivateFields.visibleTo(Actor.current(), r.createdBy)).map(Row::id).toList());
        List<IncidentDocument> docs = new ArrayList<>();
        for (Row r : rows.values()) {
            docs.add(new IncidentDocument(r.id, r.version, r.key, r.title, r.narrative,
                    sealed.getOrDefault(r.id, Map.of()).get("testimony"), r.date, r.datePrecision, r.endDate,
                    r.endDatePrecision, r.place, r.placeDetail, r.latitude, r.longitude, r.event,
                    types.getOrDefault(r.id, List.of()), rights.getOrDefault(r.id, List.of()),
                    victims.getOrDefault(r.id, List.of()),
                    r.victimCount == null ? null : new VictimCount(r.qualifier, r.victimCount, r.victimCountUnit),
                    perpetrators.getOrDefault(r.id, List.of()), articles.getOrDefault(r.id, List.of()),
                    cases.getOrDefault(r.id, List.of()), r.confidentiality, r.reviewStatus,
                    cited.getOrDefault(r.id, List.of()), r.createdAt, r.updatedAt));
        }
        return docs;
    }

    /**
     * The victims of these incidents, in order. One the reader may not see keeps its place in the list but
     * loses its key and note ({@link WithheldVictims}).
     */
    private Map<Long, List<Victim>> victims(List<Long> ids) {
        record Link(long incident, String person, String organization, String note, Long personId, Long organizationId) {
            boolean hidden() {
                return (personId != null && person == null) || (organizationId != null && organization == null);
            }
        }
        List<Link> links = db.sql("""
                select v.incident_id, p.key, o.key, v.note, v.person_id, v.organization_id from incident_victim v
                left join person p on p.id = v.person_id left join organization o on o.id = v.organization_id
                where v.incident_id in (:ids) order by v.incident_id, v.position""")
                .param("ids", ids)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .list();
        Set<Long> hiddenPersons = links.stream().filter(l -> l.hidden() && l.personId() != null).map(Link::personId)
                .collect(Collectors.toSet());
        WithheldVictims withheld = WithheldVictims.of(db, hiddenPersons, ids);
        Map<Long, List<Victim>> byIncident = new HashMap<>();
        for (Link l : links) {
            Victim victim = !l.hidden() ? new Victim(l.person(), l.organization(), l.note())
                    : new Victim(null, null, null, l.personId() != null ? withheld.person(l.personId(), l.incident())
                            : withheld.organization());
            byIncident.computeIfAbsent(l.incident(), k -> new ArrayList<>()).add(victim);
        }
        return byIncident;
    }

    /** Vocabulary codes linked through {@code table}, sorted by code so that exports are stable. */
    private Map<Long, List<String>> codes(String table, List<Long> ids) {
        Map<Long, List<String>> byIncident = new HashMap<>();
        db.sql("select x.incident_id, t.code from " + table + " x join vocabulary_term t on t.id = x.term_id "
                        + "where x.incident_id in (:ids) order by x.incident_id, t.code")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> byIncident.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byIncident;
    }

    private record Row(long id, int version, String key, org.kuzet.shared.LocalizedText title,
                       org.kuzet.shared.LocalizedText narrative, String date, String datePrecision, String endDate,
                       String endDatePrecision, String place, String placeDetail, java.math.BigDecimal latitude,
                       java.math.BigDecimal longitude, String event, Integer victimCount, String qualifier,
                       String victimCountUnit, String confidentiality, String reviewStatus, Long createdBy,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("key"), Json.localized(rs.getString("title")),
                Json.localized(rs.getString("narrative")), rs.getString("date"),
                rs.getString("date") == null ? IncidentDocument.DATE_UNKNOWN : rs.getString("date_precision"),
                rs.getString("end_date"), rs.getString("end_date_precision"), rs.getString("place_code"),
                rs.getString("place_detail"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getString("event_key"), (Integer) rs.getObject("victim_count"), rs.getString("victim_count_qualifier"),
                rs.getString("victim_count_unit"), rs.getString("confidentiality"), rs.getString("review_status"),
                rs.getObject("created_by", Long.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
