package org.kuzet.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.crypto.PrivateFields;
import org.kuzet.crypto.SealedColumn;
import org.kuzet.crypto.Vault;
import org.kuzet.person.PersonDocument.Assessment;
import org.kuzet.person.PersonDocument.Membership;
import org.kuzet.person.PersonDocument.Name;
import org.kuzet.person.PersonDocument.Sensitive;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The people of the record: victims, their lawyers, the officials and judges who acted against them. */
@Service
public class Persons extends RecordStore<PersonDocument, Persons.Valid, PersonFilter> {

    /** The kinds of a name variant, in the order a form offers them. */
    public static final List<String> NAME_KINDS = List.of("spelling", "transliteration", "patronymic_form", "nickname",
            "birth_name", "former_name");
    public static final List<String> GENDERS = List.of("female", "male", "other", "unknown");
    public static final List<String> MEMBERSHIP_KINDS = List.of("member", "founder", "leader", "supporter", "staff",
            "lawyer");
    /** What a political-prisoner assessment may conclude. */
    public static final List<String> CONCLUSIONS = List.of("political_prisoner", "prisoner_of_conscience",
            "politically_motivated_prosecution", "not_political_prisoner", "under_review");
    /** Whether the person agreed to be named in public output. */
    public static final List<String> CONSENT = List.of("yes", "no", "unknown");
    static final int NAME_LENGTH = 300;
    static final int DESCRIPTION_LENGTH = 100_000;
    static final int NOTE_LENGTH = 20_000;
    /** The sensitive fields, sealed in {@code person_private}; {@code consent_to_publish} stays a plain flag. */
    static final List<SealedColumn> PRIVATE_COLUMNS = PrivateFields.columns("person_private", "person_id", "contacts",
            "address", "date_of_birth", "consent_notes");

    private final Vocabularies vocabularies;
    private final Citations citations;
    private final PrivateFields privateFields;

    public Persons(JdbcClient db, Vocabularies vocabularies, Citations citations, Vault vault) {
        super(db, "person", "p", "person", "person");
        this.vocabularies = vocabularies;
        this.citations = citations;
        this.privateFields = new PrivateFields(db, vault, "person_private", "person_id", "contacts", "address",
                "date_of_birth", "consent_notes");
    }

    /**
     * Whether the reader may see and set the sensitive fields (contacts, address, date of birth, consent notes) of the
     * person {@code key}: reviewers, administrators and the person's creator — for a new person (no such key yet), the
     * one creating it; nobody is the creator of a person recorded by no account (an import). The one rule for the
     * form, the check and the read ({@link PrivateFields#visibleTo}).
     */
    @Transactional(readOnly = true)
    public boolean sensitiveVisible(String key) {
        Long createdBy = key == null ? null : db.sql("select coalesce(created_by, 0) from person where key = ?")
                .param(key).query(Long.class).optional().orElse(null);
        return PrivateFields.visibleTo(Actor.current(), createdBy == null ? Actor.current().userId() : createdBy);
    }

    /** The names of the live persons with these keys that the reader may see, by key. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> keys) {
        return byKeys(keys, "name", (rs, n) -> rs.getString(2));
    }

    /** The members, founders, supporters… of the organisation that the reader may see, alleged ones last. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Member> membersOf(String organizationKey) {
        List<Member> members = db.sql("""
                select p.key, p.name, m.kind, m.alleged, m.from_date, m.from_precision, m.until_date, m.until_precision
                from membership m join person p on p.id = m.person_id and p.deleted_at is null
                join organization o on o.id = m.organization_id
                where o.key = ? order by m.alleged, m.kind, p.name""")
                .param(organizationKey)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        shown(members.stream().map(Member::key).toList());
        return members;
    }

    @Override
    protected long insert(PersonDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "person",
                "key, name, gender, birth_year, place_id, description, consent_to_publish, confidentiality, created_by, updated_by",
                "?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?",
                keyFor(doc), doc.name(), v.gender, doc.birthYear(), v.placeId, Json.write(doc.description()),
                v.sensitive.consentToPublish(), v.confidentiality, userId, userId);
        privateFields.write(id, privateValues(v.sensitive));
        writeParts(id, v);
        return id;
    }

    /** Replaces the person's name variants, roles, memberships and assessments wholesale too. */
    @Override
    protected void overwrite(long id, PersonDocument doc, Valid v) {
        db.sql("""
                update person set name = ?, gender = ?, birth_year = ?, place_id = ?, description = cast(? as jsonb),
                    consent_to_publish = ?, confidentiality = ?
                where id = ?""")
                .params(doc.name(), v.gender, doc.birthYear(), v.placeId, Json.write(doc.description()),
                        v.sensitive.consentToPublish(), v.confidentiality, id)
                .update();
        // A reader who cannot see the sensitive fields sent none: keep what is stored.
        if (PrivateFields.visibleTo(Actor.current(), createdBy(id))) {
            privateFields.write(id, privateValues(v.sensitive));
        }
        citations.deleteAll("membership", db.sql("select id from membership where person_id = ?").param(id).query(Long.class).list());
        citations.deleteAll("assessment", db.sql("select id from assessment where person_id = ?").param(id).query(Long.class).list());
        for (String table : List.of("person_name", "person_role", "person_vulnerability", "membership", "assessment")) {
            db.sql("delete from " + table + " where person_id = ?").param(id).update();
        }
        writeParts(id, v);
    }

    /** The protected fields are kept on update for a writer who cannot see them, so they are not compared. */
    @Override
    protected PersonDocument comparable(PersonDocument doc) {
        return doc.withoutProtectedFields();
    }


    /** Checks a person beyond its key; {@code refs} resolves the organisations and sources it refers to. */
    @Override
    protected Valid check(Checker at, PersonDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        at.at("name").requiredText(doc.name(), NAME_LENGTH);
        v.names = names(at.at("names"), doc.names());
        v.gender = at.at("gender").oneOf(doc.gender() == null ? "unknown" : doc.gender(), GENDERS);
        if (doc.birthYear() != null && (doc.birthYear() < 1850 || doc.birthYear() > 2100)) {
            at.at("birthYear").problem("must be between 1850 and 2100");
        }
        v.roleIds = vocabularies.termIds(at.at("roles"), "role", doc.roles());
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("'" + doc.place() + "' is not a known place code (see GET /api/v1/vocabularies/places)");
            }
        }
        at.at("description").localized(doc.description(), DESCRIPTION_LENGTH, false);
        v.vulnerabilityIds = vocabularies.termIds(at.at("vulnerabilities"), "vulnerability", doc.vulnerabilities());
        List<Membership> memberships = doc.memberships() == null ? List.of() : doc.memberships();
        for (int i = 0; i < memberships.size(); i++) {
            v.memberships.add(membership(at.at("memberships").at(i), memberships.get(i), refs));
        }
        List<Assessment> assessments = doc.assessments() == null ? List.of() : doc.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            v.assessments.add(assessment(at.at("assessments").at(i), assessments.get(i), refs));
        }
        sensitive(at.at("sensitive"), doc.sensitive(), v);
        if (doc.sensitive() != null && hasPrivateValues(doc.sensitive()) && !sensitiveVisible(key)) {
            at.at("sensitive").problem("only reviewers, administrators and the person's creator may set contacts, "
                    + "address, dateOfBirth and consentNotes");
        }
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), source -> refs.id("source", source));
        return v;
    }

    private List<Name> names(Checker at, List<Name> names) {
        List<Name> checked = new ArrayList<>();
        if (names == null) {
            return checked;
        }
        for (int i = 0; i < names.size(); i++) {
            Checker c = at.at(i);
            Name n = names.get(i);
            if (n == null) {
                c.problem("must not be null");
                continue;
            }
            c.at("name").requiredText(n.name(), NAME_LENGTH);
            c.at("script").script(n.script());
            c.at("lang").languageCode(n.lang());
            String kind = c.at("kind").oneOf(n.kind() == null ? "spelling" : n.kind(), NAME_KINDS);
            checked.add(new Name(n.name(), n.script(), n.lang(), kind));
        }
        return checked;
    }

    private ValidMembership membership(Checker c, Membership m, KeyResolver refs) {
        ValidMembership v = new ValidMembership();
        if (m == null) {
            c.problem("must not be null");
            return v;
        }
        if (c.at("organization").required(m.organization()) && c.at("organization").key(m.organization()) != null) {
            v.organizationId = refs.id("organization", m.organization()).orElse(null);
            if (v.organizationId == null) {
                c.at("organization").problem("no organization '" + m.organization() + "'");
            }
        }
        if (c.at("kind").required(m.kind())) {
            v.kind = c.at("kind").oneOf(m.kind(), MEMBERSHIP_KINDS);
        }
        v.alleged = Boolean.TRUE.equals(m.alleged());
        v.from = c.dateWithPrecision("from", m.from(), "fromPrecision", m.fromPrecision(), false);
        v.until = c.dateWithPrecision("until", m.until(), "untilPrecision", m.untilPrecision(), false);
        if (v.from != null && v.until != null && v.until.date().isBefore(v.from.date())) {
            c.at("until").problem("is before from (" + m.from() + ")");
        }
        v.citations = citations.validate(c.at("sources"), m.sources(), source -> refs.id("source", source));
        return v;
    }

    private ValidAssessment assessment(Checker c, Assessment a, KeyResolver refs) {
        ValidAssessment v = new ValidAssessment();
        if (a == null) {
            c.problem("must not be null");
            return v;
        }
        v.date = c.dateWithPrecision("date", a.date(), "datePrecision", a.datePrecision(), true);
        if (a.assessedBy() != null && a.assessedByText() != null) {
            c.at("assessedByText").problem("give assessedBy (an organization key) or assessedByText, not both");
        }
        if (c.at("assessedBy").key(a.assessedBy()) != null) {
            v.assessedById = refs.id("organization", a.assessedBy()).orElse(null);
            if (v.assessedById == null) {
                c.at("assessedBy").problem("no organization '" + a.assessedBy() + "'");
            }
        }
        v.assessedByText = c.at("assessedByText").text(a.assessedByText(), NAME_LENGTH);
        if (c.at("conclusion").required(a.conclusion())) {
            v.conclusion = c.at("conclusion").oneOf(a.conclusion(), CONCLUSIONS);
        }
        v.criteria = c.at("criteria").text(a.criteria(), 2000);
        v.note = c.at("note").localized(a.note(), NOTE_LENGTH, false);
        v.citations = citations.validate(c.at("sources"), a.sources(), source -> refs.id("source", source));
        return v;
    }

    private void sensitive(Checker c, Sensitive s, Valid v) {
        if (s == null) {
            v.sensitive = new Sensitive(null, null, null, "unknown", null);
            return;
        }
        c.at("contacts").text(s.contacts(), NOTE_LENGTH);
        c.at("address").text(s.address(), 2000);
        c.at("dateOfBirth").date(s.dateOfBirth());
        String consent = c.at("consentToPublish").oneOf(s.consentToPublish() == null ? "unknown" : s.consentToPublish(), CONSENT);
        c.at("consentNotes").text(s.consentNotes(), NOTE_LENGTH);
        v.sensitive = new Sensitive(s.contacts(), s.address(), s.dateOfBirth(), consent, s.consentNotes());
    }

    private static boolean hasPrivateValues(Sensitive s) {
        return s.contacts() != null || s.address() != null || s.dateOfBirth() != null || s.consentNotes() != null;
    }

    private static Map<String, String> privateValues(Sensitive s) {
        Map<String, String> values = new HashMap<>();
        values.put("contacts", s.contacts());
        values.put("address", s.address());
        values.put("date_of_birth", s.dateOfBirth());
        values.put("consent_notes", s.consentNotes());
        return values;
    }

    private Long createdBy(long id) {
        return db.sql("select created_by from person where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    private void writeParts(long id, Valid v) {
        for (int i = 0; i < v.names.size(); i++) {
            Name n = v.names.get(i);
            PartRows.write(db, "insert into person_name (person_id, position, name, script, lang, kind) values (?, ?, ?, ?, ?, ?)",
                    id, i, n.name(), n.script(), n.lang(), n.kind());
        }
        for (long termId : v.roleIds) {
            PartRows.write(db, "insert into person_role (person_id, term_id) values (?, ?)", id, termId);
        }
        for (long termId : v.vulnerabilityIds) {
            PartRows.write(db, "insert into person_vulnerability (person_id, term_id) values (?, ?)", id, termId);
        }
        for (int i = 0; i < v.memberships.size(); i++) {
            ValidMembership m = v.memberships.get(i);
            long membershipId = PartRows.insert(db, "membership",
                    "person_id, position, organization_id, kind, alleged, from_date, from_precision, until_date, until_precision",
                    "?, ?, ?, ?, ?, ?, ?, ?, ?",
                    id, i, m.organizationId, m.kind, m.alleged, m.from == null ? null : m.from.date(),
                    m.from == null ? null : m.from.precision().code(), m.until == null ? null : m.until.date(),
                    m.until == null ? null : m.until.precision().code());
            citations.replace("membership", membershipId, m.citations);
        }
        for (int i = 0; i < v.assessments.size(); i++) {
            ValidAssessment a = v.assessments.get(i);
            long assessmentId = PartRows.insert(db, "assessment",
                    "person_id, position, date, date_precision, assessed_by_id, assessed_by_text, conclusion, criteria, note",
                    "?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)",
                    id, i, a.date.date(), a.date.precision().code(), a.assessedById, a.assessedByText, a.conclusion,
                    a.criteria, Json.write(a.note));
            citations.replace("assessment", assessmentId, a.citations);
        }
        citations.replace("person", id, v.citations);
    }

    /** A checked person with its codes and references resolved. */
    public static final class Valid {
        List<Name> names = new ArrayList<>();
        String gender;
        Long placeId;
        List<Long> roleIds = new ArrayList<>();
        List<Long> vulnerabilityIds = new ArrayList<>();
        List<ValidMembership> memberships = new ArrayList<>();
        List<ValidAssessment> assessments = new ArrayList<>();
        Sensitive sensitive;
        String confidentiality;
        List<Citations.Resolved> citations = List.of();
    }

    static final class ValidMembership {
        Long organizationId;
        String kind;
        boolean alleged;
        DateWithPrecision from;
        DateWithPrecision until;
        List<Citations.Resolved> citations = List.of();
    }

    static final class ValidAssessment {
        DateWithPrecision date;
        Long assessedById;
        String assessedByText;
        String conclusion;
        String criteria;
        LocalizedText note;
        List<Citations.Resolved> citations = List.of();
    }

    /**
     * Reads persons with everything attached, a few queries per thousand. Each part is read by joining the ids
     * ({@code unnest}) to its table, so that PostgreSQL looks up each person's rows by index and checks their
     * person's visibility (the parts' row-level security) for those rows alone; asked for {@code person_id in (...)}
     * it checked them against a hash of every person the reader may see, built for each part from the whole table.
     */
    @Override
    protected List<PersonDocument> load(List<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        db.sql("""
                select p.id, p.version, p.key, p.name, p.gender, p.birth_year, pl.code as place, p.description::text as description,
                       p.consent_to_publish, p.confidentiality, p.created_by, p.created_at, p.updated_at
                from person p left join place pl on pl.id = p.place_id where p.id in (:ids)""")
                .param("ids", ids).query(Persons::row).list().forEach(r -> rows.put(r.id, r));
        Map<Long, Map<String, String>> sealed = privateFields.read(rows.values().stream()
                .filter(r -> PrivateFields.visibleTo(Actor.current(), r.createdBy)).map(Row::id).toList());
        Map<Long, List<Name>> names = new HashMap<>();
        db.sql("select n.person_id, n.name, n.script, n.lang, n.kind from unnest(cast(:ids as bigint[])) as page(id) "
                        + "join person_name n on n.person_id = page.id order by n.person_id, n.position")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Name(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))))
                .list().forEach(e -> names.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> roles = codes("person_role", ids);
        Map<Long, List<String>> vulnerabilities = codes("person_vulnerability", ids);
        Map<Long, List<Membership>> memberships = memberships(ids);
        Map<Long, List<Assessment>> assessments = assessments(ids);
        Map<Long, List<Citation>> cited = citations.of("person", ids);
        List<PersonDocument> docs = new ArrayList<>();
        for (long id : ids) {
            Row r = rows.get(id);
            if (r != null) {
                docs.add(new PersonDocument(r.id, r.version, r.key, r.name, names.getOrDefault(id, List.of()), r.gender,
                        r.birthYear, roles.getOrDefault(id, List.of()), r.place, r.description,
                        vulnerabilities.getOrDefault(id, List.of()), memberships.getOrDefault(id, List.of()),
                        assessments.getOrDefault(id, List.of()), sensitive(r.consentToPublish, sealed.get(id)), r.confidentiality,
                        cited.getOrDefault(id, List.of()), r.createdAt, r.updatedAt));
            }
        }
        return docs;
    }

    /** Role or vulnerability codes by person; they have no order of their own, so by code. */
    private Map<Long, List<String>> codes(String table, List<Long> ids) {
        Map<Long, List<String>> byPerson = new HashMap<>();
        db.sql("select x.person_id, t.code from unnest(cast(:ids as bigint[])) as page(id) join " + table
                        + " x on x.person_id = page.id join vocabulary_term t on t.id = x.term_id order by x.person_id, t.code")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> byPerson.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byPerson;
    }

    private Map<Long, List<Membership>> memberships(List<Long> ids) {
        record MembershipRow(long id, long personId, Membership membership) {
        }
        List<MembershipRow> rows = db.sql("""
                select m.id, m.person_id, o.key as organization, m.kind, m.alleged, m.from_date, m.from_precision,
                       m.until_date, m.until_precision
                from unnest(cast(:ids as bigint[])) as page(id) join membership m on m.person_id = page.id
                join organization o on o.id = m.organization_id
                order by m.person_id, m.position""")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new MembershipRow(rs.getLong("id"), rs.getLong("person_id"), new Membership(
                        rs.getString("organization"), rs.getString("kind"), rs.getBoolean("alleged"), date(rs, "from_date"),
                        rs.getString("from_precision"), date(rs, "until_date"), rs.getString("until_precision"), null)))
                .list();
        Map<Long, List<Citation>> cited = citations.of("membership", rows.stream().map(MembershipRow::id).toList());
        Map<Long, List<Membership>> byPerson = new HashMap<>();
        for (MembershipRow r : rows) {
            Membership m = r.membership;
            byPerson.computeIfAbsent(r.personId, k -> new ArrayList<>()).add(new Membership(m.organization(), m.kind(),
                    m.alleged(), m.from(), m.fromPrecision(), m.until(), m.untilPrecision(), cited.getOrDefault(r.id, List.of())));
        }
        return byPerson;
    }

    private Map<Long, List<Assessment>> assessments(List<Long> ids) {
        record AssessmentRow(long id, long personId, Assessment assessment) {
        }
        List<AssessmentRow> rows = db.sql("""
                select a.id, a.person_id, a.date, a.date_precision, o.key as assessed_by, a.assessed_by_text, a.conclusion,
                       a.criteria, a.note::text as note
                from unnest(cast(:ids as bigint[])) as page(id) join assessment a on a.person_id = page.id
                left join organization o on o.id = a.assessed_by_id
                order by a.person_id, a.position""")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> new AssessmentRow(rs.getLong("id"), rs.getLong("person_id"), new Assessment(
                        date(rs, "date"), rs.getString("date_precision"), rs.getString("assessed_by"),
                        rs.getString("assessed_by_text"), rs.getString("conclusion"), rs.getString("criteria"),
                        Json.localized(rs.getString("note")), null)))
                .list();
        Map<Long, List<Citation>> cited = citations.of("assessment", rows.stream().map(AssessmentRow::id).toList());
        Map<Long, List<Assessment>> byPerson = new HashMap<>();
        for (AssessmentRow r : rows) {
            Assessment a = r.assessment;
            byPerson.computeIfAbsent(r.personId, k -> new ArrayList<>()).add(new Assessment(a.date(), a.datePrecision(),
                    a.assessedBy(), a.assessedByText(), a.conclusion(), a.criteria(), a.note(),
                    cited.getOrDefault(r.id, List.of())));
        }
        return byPerson;
    }

    /** The consent flag with the sealed fields the reader may see (none: {@code sealed} is null). */
    private static Sensitive sensitive(String consentToPublish, Map<String, String> sealed) {
        Map<String, String> s = sealed == null ? Map.of() : sealed;
        Sensitive sensitive = new Sensitive(s.get("contacts"), s.get("address"), s.get("date_of_birth"), consentToPublish,
                s.get("consent_notes"));
        return sensitive.equals(new Sensitive(null, null, null, "unknown", null)) ? null : sensitive;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("key"), rs.getString("name"),
                rs.getString("gender"), rs.getObject("birth_year", Integer.class), rs.getString("place"),
                Json.localized(rs.getString("description")), rs.getString("consent_to_publish"),
                rs.getString("confidentiality"), rs.getObject("created_by", Long.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private record Row(long id, int version, String key, String name, String gender, Integer birthYear, String place,
                       LocalizedText description, String consentToPublish, String confidentiality, Long createdBy,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
