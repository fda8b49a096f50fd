package org.kuzet.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.shared.Bounds;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordFilter;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The interventions of the record: appeals, complaints, statements and letters sent on behalf of
 * victims, to whom, and what came of them. Addressees keep the order they were given; persons and
 * incidents, which have no order of their own, come sorted by key.
 */
@Service
public class Interventions extends RecordStore<InterventionDocument, Interventions.Valid, Interventions.Filter> {

    /** The kinds of intervention, in the order the forms offer them. */
    public static final List<String> KINDS = List.of("appeal", "urgent_appeal", "complaint", "communication", "statement", "letter",
            "open_letter", "petition");
    /** What came of an intervention, in the order the forms offer them; {@code pending} by default. */
    public static final List<String> OUTCOMES = List.of("pending", "no_response", "acknowledged", "responded", "action_taken",
            "released", "rejected");
    private static final int TITLE_LENGTH = 2000;
    private static final int TEXT_LENGTH = 50000;
    private static final int NAME_LENGTH = 500;
    private static final String SELECT = """
            select i.id, i.version, i.key, i.kind, i.date, i.date_precision, o.key as sender, i.sender_text,
                   i.title::text as title, i.summary::text as summary, i.response::text as response, i.response_date,
                   i.response_date_precision, i.outcome, i.confidentiality, i.created_at, i.updated_at
            from intervention i left join organization o on o.id = i.sender_id
            """;

    private final Citations citations;

    public Interventions(JdbcClient db, Citations citations) {
        super(db, "intervention", "i", "intervention", "intervention");
        this.citations = citations;
    }

    /**
     * What a list of interventions may be narrowed to: on behalf of a person (key), about an incident (key), of a
     * kind. Latest first.
     */
    public record Filter(String person, String incident, String kind) implements RecordFilter {

        @Override
        public FilterQuery toQuery() {
            StringBuilder where = new StringBuilder("i.deleted_at is null");
            Map<String, Object> params = new HashMap<>();
            if (person != null) {
                where.append(" and exists (select 1 from intervention_person ip join person p on p.id = ip.person_id"
                        + " where ip.intervention_id = i.id and p.key = :person)");
                params.put("person", person);
            }
            if (incident != null) {
                where.append(" and exists (select 1 from intervention_incident ii join incident x on x.id = ii.incident_id"
                        + " where ii.intervention_id = i.id and x.key = :incident)");
                params.put("incident", incident);
            }
            if (kind != null) {
                if (!KINDS.contains(kind)) {
                    throw InvalidInputException.of("kind", "'" + kind + "' is not one of " + String.join(", ", KINDS));
                }
                where.append(" and i.kind = :kind");
                params.put("kind", kind);
            }
            return new FilterQuery(where.toString(), "i.date desc, i.key", params);
        }
    }

    @Override
    protected long insert(InterventionDocument doc, Valid v, Long userId) {
        long id = db.sql("""
                insert into intervention (key, kind, date, date_precision, sender_id, sender_text, title, summary, response,
                    response_date, response_date_precision, outcome, confidentiality, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""")
                .params(keyFor(doc), doc.kind(), v.date.date(), v.date.precision().code(), v.senderId, doc.senderText(),
                        Json.write(doc.title()), Json.write(doc.summary()), Json.write(doc.response()),
                        v.responseDate == null ? null : v.responseDate.date(),
                        v.responseDate == null ? null : v.responseDate.precision().code(), v.outcome, v.confidentiality,
                        userId, userId)
                .query(Long.class).single();
        insertLinks(id, v);
        return id;
    }

    /** Replaces the intervention's addressees, persons and incidents as a whole too. */
    @Override
    protected void overwrite(long id, InterventionDocument doc, Valid v) {
        db.sql("""
                update intervention set kind = ?, date = ?, date_precision = ?, sender_id = ?, sender_text = ?,
                    title = cast(? as jsonb), summary = cast(? as jsonb), response = cast(? as jsonb), response_date = ?,
                    response_date_precision = ?, outcome = ?, confidentiality = ? where id = ?""")
                .params(doc.kind(), v.date.date(), v.date.precision().code(), v.senderId, doc.senderText(),
                        Json.write(doc.title()), Json.write(doc.summary()), Json.write(doc.response()),
                        v.responseDate == null ? null : v.responseDate.date(),
                        v.responseDate == null ? null : v.responseDate.precision().code(), v.outcome, v.confidentiality, id)
                .update();
        db.sql("delete from intervention_addressee where intervention_id = ?").param(id).update();
        db.sql("delete from intervention_person where intervention_id = ?").param(id).update();
        db.sql("delete from intervention_incident where intervention_id = ?").param(id).update();
        insertLinks(id, v);
    }

    /**
     * Checks an intervention beyond its key; {@code refs} resolves the keys of the sender (organisation),
     * addressees (contacts), persons, incidents and sources.
     */
    @Override
    protected Valid check(Checker at, InterventionDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        if (at.at("kind").required(doc.kind())) {
            at.at("kind").oneOf(doc.kind(), KINDS);
        }
        v.date = at.dateWithPrecision("date", doc.date(), "datePrecision", doc.datePrecision(), true);
        if (doc.sender() != null) {
            v.senderId = resolve(at.at("sender"), doc.sender(), "organization", refs);
        }
        at.at("senderText").text(doc.senderText(), NAME_LENGTH);
        at.at("title").localized(doc.title(), TITLE_LENGTH, true);
        at.at("summary").localized(doc.summary(), TEXT_LENGTH, false);
        v.addressees = references(at.at("addressees"), doc.addressees(), "contact", refs);
        v.persons = references(at.at("persons"), doc.persons(), "person", refs);
        v.incidents = references(at.at("incidents"), doc.incidents(), "incident", refs);
        at.at("response").localized(doc.response(), TEXT_LENGTH, false);
        v.responseDate = at.dateWithPrecision("responseDate", doc.responseDate(), "responseDatePrecision",
                doc.responseDatePrecision(), false);
        if (v.date != null && v.responseDate != null && v.responseDate.latest().isBefore(v.date.earliest())) {
            at.at("responseDate").problem(doc.responseDate() + " is before the intervention's date " + doc.date());
        }
        v.outcome = at.at("outcome").oneOf(doc.outcome() == null ? "pending" : doc.outcome(), OUTCOMES);
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), k -> refs.id("source", k));
        return v;
    }

    /** A checked intervention with its keys resolved. */
    public static final class Valid {
        DateWithPrecision date;
        DateWithPrecision responseDate;
        Long senderId;
        String outcome;
        String confidentiality;
        List<Long> addressees = List.of();
        List<Long> persons = List.of();
        List<Long> incidents = List.of();
        List<Citations.Resolved> citations = List.of();
    }

    /** Keys of records in {@code table}, each once; answers their ids in the given order. */
    private static List<Long> references(Checker at, List<String> keys, String table, KeyResolver refs) {
        List<Long> ids = new ArrayList<>();
        if (keys == null) {
            return ids;
        }
        if (!Bounds.within(at, keys)) {
            return ids;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                at.at(i).problem("must not be null");
            } else if (!seen.add(key)) {
                at.at(i).problem("'" + (key.length() <= 60 ? key : key.substring(0, 57) + "...") + "' is listed twice");
            } else {
                Long id = resolve(at.at(i), key, table, refs);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static Long resolve(Checker c, String key, String table, KeyResolver refs) {
        if (c.key(key) == null) {
            return null;
        }
        Optional<Long> id = refs.id(table, key);
        if (id.isEmpty()) {
            c.problem("no " + table + " '" + key + "'");
        }
        return id.orElse(null);
    }

    private void insertLinks(long id, Valid v) {
        for (int i = 0; i < v.addressees.size(); i++) {
            db.sql("insert into intervention_addressee (intervention_id, position, contact_id) values (?, ?, ?)")
                    .params(id, i, v.addressees.get(i)).update();
        }
        for (Long person : v.persons) {
            db.sql("insert into intervention_person (intervention_id, person_id) values (?, ?)").params(id, person).update();
        }
        for (Long incident : v.incidents) {
            db.sql("insert into intervention_incident (intervention_id, incident_id) values (?, ?)").params(id, incident).update();
        }
        citations.replace("intervention", id, v.citations);
    }

    /** The interventions with these ids, whole. */
    @Override
    protected List<InterventionDocument> load(List<Long> ids) {
        Map<Long, List<String>> addressees = keys("""
                select a.intervention_id, c.key from intervention_addressee a join contact c on c.id = a.contact_id
                where a.intervention_id in (:ids) order by a.intervention_id, a.position""", ids);
        Map<Long, List<String>> persons = keys("""
                select ip.intervention_id, p.key from intervention_person ip join person p on p.id = ip.person_id
                where ip.intervention_id in (:ids) order by ip.intervention_id, p.key""", ids);
        Map<Long, List<String>> incidents = keys("""
                select ii.intervention_id, x.key from intervention_incident ii join incident x on x.id = ii.incident_id
                where ii.intervention_id in (:ids) order by ii.intervention_id, x.key""", ids);
        Map<Long, List<Citation>> sources = citations.of("intervention", ids);
        return db.sql(SELECT + " where i.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> row(rs, addressees, persons, incidents, sources))
                .list();
    }

    private Map<Long, List<String>> keys(String sql, List<Long> ids) {
        Map<Long, List<String>> byIntervention = new HashMap<>();
        db.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> byIntervention.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byIntervention;
    }

    private static InterventionDocument row(ResultSet rs, Map<Long, List<String>> addressees, Map<Long, List<String>> persons,
                                            Map<Long, List<String>> incidents, Map<Long, List<Citation>> sources)
            throws SQLException {
        long id = rs.getLong("id");
        return new InterventionDocument(id, rs.getInt("version"), rs.getString("key"), rs.getString("kind"), str(rs, "date"),
                rs.getString("date_precision"), rs.getString("sender"), rs.getString("sender_text"),
                Json.localized(rs.getString("title")), Json.localized(rs.getString("summary")), addressees.get(id),
                persons.get(id), incidents.get(id), Json.localized(rs.getString("response")), str(rs, "response_date"),
                rs.getString("response_date_precision"), rs.getString("outcome"), rs.getString("confidentiality"),
                sources.get(id), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String str(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }
}
