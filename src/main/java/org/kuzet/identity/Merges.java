package org.kuzet.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kuzet.identity.MergeResult.Conflict;
import org.kuzet.identity.MergeSteps.Step;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.shared.RecordsChanged.Change;
import org.kuzet.shared.RecordsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Merging a duplicate into its survivor, and undoing it.
 *
 * <p>A merge, in one transaction: every reference to the duplicate moves to the survivor (incident victims and
 * perpetrators, case parties, charges and stages, interventions, citations, memberships and assessments; for
 * organisations also status decisions, contacts, courts, senders); the duplicate's names become name variants
 * of the survivor; the survivor keeps its own scalar fields, fills the ones it lacks from the duplicate, takes
 * the stricter confidentiality and consent of the two, and every disagreement is reported. The duplicate is
 * soft-deleted with a reason naming the survivor and the merge; its key keeps leading to the survivor. Every
 * record whose content changed gets a new version in its history, and the merge an audit entry.
 *
 * <p>Each row change is logged ({@link MergeSteps}), so undo puts back exactly what the merge changed — as long as
 * none of the records involved has changed since (else 409, nothing changed). Merging and undoing take full
 * clearance (reviewers and administrators): moving references one cannot see would lose them silently.
 */
@Service
public class Merges {

    private static final List<String> LEVELS = List.of("public", "internal", "confidential");
    private static final List<String> CONSENT = List.of("yes", "unknown", "no");

    /** Foreign keys to the duplicate that stay with it after a merge: its own names, roles and sealed fields. */
    private static final Set<String> KEPT_BY_DUPLICATE = Set.of("person_name.person_id", "person_role.person_id",
            "person_vulnerability.person_id", "person_private.person_id", "organization_name.organization_id");

    /** References to a person: table, column, the record that owns the row, the row's column naming it. */
    private static final List<String[]> PERSON_REFERENCES = List.of(
            new String[] {"incident_victim", "person_id", "incident", "incident_id"},
            new String[] {"incident_perpetrator", "person_id", "incident", "incident_id"},
            new String[] {"case_party", "person_id", "legal_case", "case_id"},
            new String[] {"charge", "defendant_id", "legal_case", "case_id"},
            new String[] {"case_stage", "person_id", "legal_case", "case_id"});

    private static final List<String[]> ORGANIZATION_REFERENCES = List.of(
            new String[] {"organization_status", "decided_by_id", "organization", "organization_id"},
            new String[] {"membership", "organization_id", "person", "person_id"},
            new String[] {"assessment", "assessed_by_id", "person", "person_id"},
            new String[] {"contact", "organization_id", "contact", "id"},
            new String[] {"incident_victim", "organization_id", "incident", "incident_id"},
            new String[] {"incident_perpetrator", "organization_id", "incident", "incident_id"},
            new String[] {"case_party", "organization_id", "legal_case", "case_id"},
            new String[] {"case_stage", "court_id", "legal_case", "case_id"},
            new String[] {"intervention", "sender_id", "intervention", "id"},
            new String[] {"reported_figure", "reported_by_id", "reported_figure", "id"});

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final Map<String, RecordStore<?, ?, ?>> stores = new HashMap<>();

    Merges(JdbcClient db, ApplicationEventPublisher events, List<RecordStore<?, ?, ?>> stores) {
        this.db = db;
        this.events = events;
        stores.forEach(s -> this.stores.put(s.table(), s));
    }

    /** What a merge will do: the row changes, the records whose content changes, the disagreements. */
    private static final class Plan {
        final List<Step> steps = new ArrayList<>();
        final Map<String, Set<Long>> touched = new TreeMap<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final Map<String, Integer> moved = new TreeMap<>();

        void touch(String table, long id) {
            touched.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
        }

        void add(Step step) {
            steps.add(step);
            moved.merge(step.table(), 1, Integer::sum);
        }
    }

    private record Touch(String table, long id) {
    }

    /** The current version of the live record {@code key}, if the reader may see it: what a merge names. */
    @Transactional(readOnly = true)
    public Optional<Integer> currentVersion(Subject subject, String key) {
        return db.sql("select version from " + subject.table() + " where key = ? and deleted_at is null").param(key)
                .query(Integer.class).optional();
    }

    /** Merges {@code duplicateRef} into {@code survivorRef}, whose current version the caller names. */
    @Transactional
    public MergeResult merge(Subject subject, String survivorRef, String duplicateRef, Integer version) {
        Actor actor = Actor.current();
        long survivor = RecordRows.idOf(db, subject.table, survivorRef)
                .orElseThrow(() -> new RecordNotFoundException(subject.table, survivorRef));
        requireFullClearance(subject, survivorRef);
        if (duplicateRef == null || duplicateRef.isBlank()) {
            throw InvalidInputException.of("$.duplicate", "is required: the key of the " + subject.table + " to merge into this one");
        }
        if (version == null) {
            throw InvalidInputException.of("$.version", "is required: the version of '" + survivorRef + "' you read");
        }
        long duplicate = RecordRows.idOf(db, subject.table, duplicateRef)
                .orElseThrow(() -> InvalidInputException.of("$.duplicate", "no " + subject.table + " '" + duplicateRef + "'"));
        if (duplicate == survivor) {
            throw InvalidInputException.of("$.duplicate", "is the record itself");
        }
        db.sql("select id from " + subject.table + " where id in (?, ?) order by id for update").params(survivor, duplicate)
                .query(Long.class).list();
        Plan plan = subject == Subject.PERSON ? personPlan(survivor, duplicate) : organizationPlan(survivor, duplicate);
        plan.touch(subject.table, survivor);
        Optional.ofNullable(plan.touched.get(subject.table)).ifPresent(ids -> ids.remove(duplicate));
        List<Touch> touched = new ArrayList<>();
        plan.touched.forEach((table, ids) -> ids.forEach(id -> touched.add(new Touch(table, id))));

        Map<Touch, RecordDocument<?>> before = snapshots(touched);
        RecordDocument<?> duplicateBefore = stores.get(subject.table).snapshot(duplicate);
        String survivorKey = RecordRows.keyOf(db, subject.table, survivor).orElseThrow();
        RecordRows.bumpVersion(db, subject.table, subject.table, survivor, version, actor.userId());
        MergeSteps steps = new MergeSteps(db);
        plan.steps.forEach(steps::apply);
        for (Touch t : touched) {
            if (!(t.table.equals(subject.table) && t.id == survivor) && live(t)) {
                RecordRows.bumpVersion(db, t.table, t.table, t.id, versionOf(t), actor.userId());
            }
        }
        requireNothingLeftPointingTo(subject, duplicate);
        long mergeId = db.sql("""
                        insert into identity_merge (subject_type, survivor_id, duplicate_id, conflicts, merged_by)
                        values (?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(subject.table, survivor, duplicate, Json.MAPPER.writeValueAsString(plan.conflicts), actor.userId())
                .query(Long.class).single();
        RecordRows.softDelete(db, subject.table, subject.table, duplicate, "merged into " + survivorKey + " (merge "
                + mergeId + ")", actor.userId());

        List<Step> done = steps.done();
        for (int i = 0; i < done.size(); i++) {
            Step s = done.get(i);
            db.sql("insert into identity_merge_step (merge_id, position, operation, table_name, row_data) values (?, ?, ?, ?, cast(? as jsonb))")
                    .params(mergeId, i, s.operation(), s.table(), Json.MAPPER.writeValueAsString(s.row())).update();
        }
        List<Touch> all = new ArrayList<>(touched);
        all.add(new Touch(subject.table, duplicate));
        for (Touch t : all) {
            db.sql("insert into identity_merge_touch (merge_id, table_name, record_id, version_after) values (?, ?, ?, ?)")
                    .params(mergeId, t.table, t.id, versionOf(t)).update();
        }
        List<Change> changes = updates(touched, before);
        changes.add(new Change(subject.table, duplicate, duplicateBefore.key(), versionOf(new Touch(subject.table, duplicate)),
                RecordsChanged.DELETED, duplicateBefore.content(), duplicateBefore.content(), null));
        events.publishEvent(new RecordsChanged(changes));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("merge", mergeId);
        details.put("duplicate", duplicateBefore.key());
        details.put("moved", plan.moved);
        details.put("conflictingFields", plan.conflicts.stream().map(Conflict::field).toList());
        events.publishEvent(new AuditEvent("records_merged", subject.table, survivorKey, details));
        return new MergeResult(mergeId, survivorKey, duplicateBefore.key(), versionOf(new Touch(subject.table, survivor)),
                plan.moved, plan.conflicts, false);
    }

    /** Undoes merge {@code mergeId} into {@code survivorRef}: both records and every moved row as before. */
    @Transactional
    public MergeResult undo(Subject subject, String survivorRef, long mergeId) {
        Actor actor = Actor.current();
        long survivor = RecordRows.idOf(db, subject.table, survivorRef)
                .orElseThrow(() -> new RecordNotFoundException(subject.table, survivorRef));
        requireFullClearance(subject, survivorRef);
        record Merge(long duplicate, boolean undone, String conflicts) {
        }
        Merge merge = db.sql("""
                        select duplicate_id, undone_at is not null, conflicts::text from identity_merge
                        where id = ? and subject_type = ? and survivor_id = ? for update""")
                .params(mergeId, subject.table, survivor)
                .query((rs, n) -> new Merge(rs.getLong(1), rs.getBoolean(2), rs.getString(3))).optional()
                .orElseThrow(() -> new RecordNotFoundException("merge into " + subject.table + " '" + survivorRef + "'",
                        Long.toString(mergeId)));
        if (merge.undone) {
            throw new MergeConflictException("merge " + mergeId + " has already been undone", List.of());
        }
        Map<Touch, Integer> versions = new LinkedHashMap<>();
        db.sql("select table_name, record_id, version_after from identity_merge_touch where merge_id = ? order by table_name, record_id")
                .param(mergeId)
                .query((rs, n) -> versions.put(new Touch(rs.getString(1), rs.getLong(2)), rs.getInt(3))).list();
        List<String> changed = new ArrayList<>();
        versions.forEach((t, v) -> {
            int now = versionOf(t);
            if (now != v) {
                changed.add(t.table + " " + RecordRows.keyOf(db, t.table, t.id).orElse(Long.toString(t.id))
                        + " (version " + v + " after the merge, now " + now + ")");
            }
        });
        if (!changed.isEmpty()) {
            throw new MergeConflictException("records changed since merge " + mergeId + "; undoing it would lose those "
                    + "changes: merge again by hand or revert them first", changed);
        }
        Touch duplicate = new Touch(subject.table, merge.duplicate);
        List<Touch> touched = versions.keySet().stream().filter(t -> !t.equals(duplicate)).toList();
        Map<Touch, RecordDocument<?>> before = snapshots(touched);
        RecordDocument<?> duplicateBefore = stores.get(subject.table).snapshot(merge.duplicate);
        List<Step> steps = db.sql("select operation, table_name, row_data::text from identity_merge_step where merge_id = ? order by position desc")
                .param(mergeId)
                .query((rs, n) -> new Step(rs.getString(1), rs.getString(2),
                        Json.MAPPER.readValue(rs.getString(3), new TypeReference<Map<String, Object>>() { })))
                .list();
        MergeSteps replay = new MergeSteps(db);
        try {
            steps.forEach(replay::undo);
        } catch (MergeSteps.Drifted e) {
            throw new MergeConflictException("merge " + mergeId + " cannot be undone: " + e.getMessage(), List.of(e.getMessage()));
        }
        int restored = db.sql("update " + subject.table + " set deleted_at = null, deleted_by = null, deleted_reason = null, "
                        + "version = version + 1, updated_at = now(), updated_by = ? where id = ? and deleted_at is not null")
                .params(actor.userId(), merge.duplicate).update();
        if (restored != 1) {
            throw new MergeConflictException("the merged " + subject.table + " is no longer deleted", List.of());
        }
        for (Touch t : touched) {
            if (live(t)) {
                RecordRows.bumpVersion(db, t.table, t.table, t.id, versionOf(t), actor.userId());
            }
        }
        db.sql("update identity_merge set undone_at = now(), undone_by = ? where id = ?").params(actor.userId(), mergeId).update();
        List<Change> changes = updates(touched, before);
        RecordDocument<?> duplicateAfter = stores.get(subject.table).snapshot(merge.duplicate);
        changes.add(new Change(subject.table, merge.duplicate, duplicateAfter.key(), duplicateAfter.version(),
                RecordsChanged.REVERTED, duplicateBefore.content(), duplicateAfter.content(), versions.get(duplicate) - 1));
        events.publishEvent(new RecordsChanged(changes));
        String survivorKey = RecordRows.keyOf(db, subject.table, survivor).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("merge", mergeId);
        details.put("duplicate", duplicateAfter.key());
        events.publishEvent(new AuditEvent("records_merge_undone", subject.table, survivorKey, details));
        Map<String, Integer> moved = new TreeMap<>();
        steps.forEach(s -> moved.merge(s.table(), 1, Integer::sum));
        List<Conflict> conflicts = Json.MAPPER.readValue(merge.conflicts, new TypeReference<List<Conflict>>() { });
        return new MergeResult(mergeId, survivorKey, duplicateAfter.key(), versionOf(new Touch(subject.table, survivor)),
                moved, conflicts, true);
    }

    /**
     * The live record a merged-away key now leads to (following later merges), if the reader may see both the old
     * record and it.
     */
    @Transactional(readOnly = true)
    public Optional<String> mergedInto(Subject subject, String reference) {
        Optional<Long> id = reference.matches("^[0-9]{1,18}$") ? Optional.of(Long.parseLong(reference))
                : db.sql("select id from " + subject.table + " where key = ? and deleted_at is not null").param(reference)
                        .query(Long.class).optional();
        Long current = id.orElse(null);
        for (int hop = 0; current != null && hop < 10; hop++) {
            record Into(long id, String key, boolean live) {
            }
            Optional<Into> into = db.sql("""
                            select s.id, s.key, s.deleted_at is null from identity_merge m join %s s on s.id = m.survivor_id
                            where m.subject_type = ? and m.duplicate_id = ? and m.undone_at is null
                            order by m.id desc limit 1""".formatted(subject.table))
                    .params(subject.table, current)
                    .query((rs, n) -> new Into(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).optional();
            if (into.isEmpty()) {
                return Optional.empty();
            }
            if (into.get().live) {
                return Optional.of(into.get().key);
            }
            current = into.get().id;
        }
        return Optional.empty();
    }

    private Plan personPlan(long survivor, long duplicate) {
        Plan plan = new Plan();
        Set<String> have = new LinkedHashSet<>();
        db.sql("select name from person where id = ? union all select name from person_name where person_id = ?")
                .params(survivor, survivor).query(String.class).list().forEach(n -> have.add(NameKeys.latin(n)));
        int position = nextPosition("person_name", "person_id", survivor);
        String duplicateName = db.sql("select name from person where id = ?").param(duplicate).query(String.class).single();
        if (have.add(NameKeys.latin(duplicateName))) {
            plan.add(MergeSteps.insert("person_name", values("person_id", survivor, "position", position++, "name",
                    duplicateName, "kind", "spelling")));
        }
        for (Map<String, Object> n : rows("select name, script, lang, kind from person_name where person_id = :id order by position", duplicate)) {
            if (have.add(NameKeys.latin((String) n.get("name")))) {
                Map<String, Object> row = values("person_id", survivor, "position", position++);
                row.putAll(n);
                plan.add(MergeSteps.insert("person_name", row));
            }
        }
        for (String table : List.of("person_role", "person_vulnerability")) {
            db.sql("select term_id from " + table + " where person_id = ? except select term_id from " + table + " where person_id = ?")
                    .params(duplicate, survivor).query(Long.class).list()
                    .forEach(term -> plan.add(MergeSteps.insert(table, values("person_id", survivor, "term_id", term))));
        }
        for (String table : List.of("membership", "assessment")) {
            moveParts(plan, table, "person_id", survivor, duplicate, "");
        }
        moveParts(plan, "citation", "subject_id", survivor, duplicate, " and subject_type = 'person'");
        moveReferences(plan, PERSON_REFERENCES, survivor, duplicate);
        for (long intervention : db.sql("select intervention_id from intervention_person where person_id = ?").param(duplicate)
                .query(Long.class).list()) {
            plan.add(MergeSteps.delete("intervention_person", values("intervention_id", intervention, "person_id", duplicate)));
            boolean linked = db.sql("select exists (select 1 from intervention_person where intervention_id = ? and person_id = ?)")
                    .params(intervention, survivor).query(Boolean.class).single();
            if (!linked) {
                plan.add(MergeSteps.insert("intervention_person", values("intervention_id", intervention, "person_id", survivor)));
            }
            plan.touch("intervention", intervention);
        }
        Map<String, Object> s = personRow(survivor);
        Map<String, Object> d = personRow(duplicate);
        Map<String, Object> from = new LinkedHashMap<>();
        Map<String, Object> to = new LinkedHashMap<>();
        fill(plan, "gender", "gender", s, d, from, to, "unknown");
        fill(plan, "birthYear", "birth_year", s, d, from, to, null);
        fill(plan, "place", "place_id", s, d, from, to, null);
        fill(plan, "description", "description", s, d, from, to, null);
        stricter(plan, "confidentiality", "confidentiality", LEVELS, s, d, from, to);
        stricter(plan, "sensitive.consentToPublish", "consent_to_publish", CONSENT, s, d, from, to);
        if (!from.isEmpty()) {
            plan.add(MergeSteps.set("person", survivor, from, to));
        }
        boolean sealed = db.sql("""
                        select exists (select 1 from person_private where person_id = ? and (contacts is not null
                            or address is not null or date_of_birth is not null or consent_notes is not null))""")
                .param(duplicate).query(Boolean.class).single();
        if (sealed) {
            plan.conflicts.add(new Conflict("sensitive", "the survivor's", "kept sealed with the merged-away record"));
        }
        return plan;
    }

    private Plan organizationPlan(long survivor, long duplicate) {
        Plan plan = new Plan();
        Set<String> have = new LinkedHashSet<>();
        db.sql("select name from organization where id = ? union all select name from organization_name where organization_id = ?")
                .params(survivor, survivor).query(String.class).list().forEach(n -> have.add(NameKeys.latin(n)));
        int position = nextPosition("organization_name", "organization_id", survivor);
        String duplicateName = db.sql("select name from organization where id = ?").param(duplicate).query(String.class).single();
        if (have.add(NameKeys.latin(duplicateName))) {
            plan.add(MergeSteps.insert("organization_name", values("organization_id", survivor, "position", position++,
                    "name", duplicateName, "kind", "alias")));
        }
        for (Map<String, Object> n : rows("select name, script, lang, kind from organization_name where organization_id = :id order by position", duplicate)) {
            if (have.add(NameKeys.latin((String) n.get("name")))) {
                Map<String, Object> row = values("organization_id", survivor, "position", position++);
                row.putAll(n);
                plan.add(MergeSteps.insert("organization_name", row));
            }
        }
        moveParts(plan, "organization_status", "organization_id", survivor, duplicate, "");
        moveParts(plan, "citation", "subject_id", survivor, duplicate, " and subject_type = 'organization'");
        moveReferences(plan, ORGANIZATION_REFERENCES, survivor, duplicate);
        Map<String, Object> s = organizationRow(survivor);
        Map<String, Object> d = organizationRow(duplicate);
        if (!Objects.equals(s.get("kind"), d.get("kind"))) {
            plan.conflicts.add(new Conflict("kind", (String) s.get("kind"), (String) d.get("kind")));
        }
        Map<String, Object> from = new LinkedHashMap<>();
        Map<String, Object> to = new LinkedHashMap<>();
        moveBranches(plan, survivor, duplicate, s, d, from, to);
        fill(plan, "place", "place_id", s, d, from, to, null);
        fill(plan, "description", "description", s, d, from, to, null);
        stricter(plan, "confidentiality", "confidentiality", LEVELS, s, d, from, to);
        if (!from.isEmpty()) {
            plan.add(MergeSteps.set("organization", survivor, from, to));
        }
        return plan;
    }

    /** Moves the duplicate's numbered parts (memberships, statuses, citations) after the survivor's own. */
    private void moveParts(Plan plan, String table, String owner, long survivor, long duplicate, String andWhere) {
        int next = db.sql("select coalesce(max(position), -1) + 1 from " + table + " where " + owner + " = ?" + andWhere)
                .param(survivor).query(Integer.class).single();
        for (long[] row : db.sql("select id, position from " + table + " where " + owner + " = ?" + andWhere + " order by position")
                .param(duplicate).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()) {
            plan.add(MergeSteps.set(table, row[0], values(owner, duplicate, "position", row[1]),
                    values(owner, survivor, "position", next++)));
        }
    }

    /**
     * Points every reference to the duplicate at the survivor; where the survivor is already a victim of the same
     * incident, or a party to the same case in the same role, the duplicate's entry goes instead of doubling it.
     */
    private void moveReferences(Plan plan, List<String[]> references, long survivor, long duplicate) {
        for (String[] r : references) {
            String alreadyThere = switch (r[0]) {
                case "incident_victim" -> "select exists (select 1 from incident_victim x, incident_victim y where x.id = :id"
                        + " and y.incident_id = x.incident_id and y." + r[1] + " = :survivor)";
                case "case_party" -> "select exists (select 1 from case_party x, case_party y where x.id = :id"
                        + " and y.case_id = x.case_id and y.role = x.role and y." + r[1] + " = :survivor)";
                default -> null;
            };
            for (long[] row : db.sql("select id, " + r[3] + " from " + r[0] + " where " + r[1] + " = ?").param(duplicate)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()) {
                boolean doubled = alreadyThere != null && db.sql(alreadyThere).param("id", row[0]).param("survivor", survivor)
                        .query(Boolean.class).single();
                if (doubled) {
                    plan.add(MergeSteps.delete(r[0], rows("select * from " + r[0] + " where id = :id", row[0]).getFirst()));
                } else {
                    plan.add(MergeSteps.set(r[0], row[0], values(r[1], duplicate), values(r[1], survivor)));
                }
                plan.touch(r[2], row[1]);
            }
        }
    }

    /**
     * The duplicate's branches become the survivor's; the survivor, when it was one of them, takes the duplicate's
     * parent instead, and a survivor without a parent takes the duplicate's. A link that would make an organisation
     * part of its own branch is not made but reported: the chain of parents stays free of cycles.
     */
    private void moveBranches(Plan plan, long survivor, long duplicate, Map<String, Object> s, Map<String, Object> d,
                              Map<String, Object> from, Map<String, Object> to) {
        Long above = d.get("parent_id") == null ? null : ((Number) d.get("parent_id")).longValue();
        boolean aboveFits = above != null && !within(above, survivor);
        for (long branch : db.sql("select id from organization where parent_id = ?").param(duplicate).query(Long.class).list()) {
            if (branch == survivor) {
                from.put("parent_id", duplicate);
                to.put("parent_id", aboveFits ? above : null);
            } else if (within(survivor, branch)) {
                String key = db.sql("select key from organization where id = ?").param(branch).query(String.class).single();
                plan.conflicts.add(new Conflict("branches", "above the survivor: " + key, "left without a parent"));
                plan.add(MergeSteps.set("organization", branch, values("parent_id", duplicate), values("parent_id", null)));
                plan.touch("organization", branch);
            } else {
                plan.add(MergeSteps.set("organization", branch, values("parent_id", duplicate), values("parent_id", survivor)));
                plan.touch("organization", branch);
            }
        }
        if (s.get("parent_id") == null && aboveFits) {
            from.put("parent_id", null);
            to.put("parent_id", above);
        } else if (s.get("parent_id") != null && above != null && !s.get("parent_id").equals(d.get("parent_id"))
                && ((Number) s.get("parent_id")).longValue() != duplicate) {
            plan.conflicts.add(new Conflict("parent", String.valueOf(s.get("parent_shown")), String.valueOf(d.get("parent_shown"))));
        }
    }

    /** Whether {@code ancestor} is the organisation {@code id} or above it in its chain of parents. */
    private boolean within(long id, long ancestor) {
        return db.sql("""
                with recursive up (id, parent_id, depth) as (
                    select id, parent_id, 0 from organization where id = :id
                    union all
                    select o.id, o.parent_id, up.depth + 1 from organization o join up on o.id = up.parent_id
                    where up.depth < 50)
                select exists (select 1 from up where id = :ancestor)""")
                .param("id", id).param("ancestor", ancestor).query(Boolean.class).single();
    }

    /** The survivor keeps its value; an empty one takes the duplicate's; a disagreement is reported. */
    private static void fill(Plan plan, String field, String column, Map<String, Object> s, Map<String, Object> d,
                             Map<String, Object> from, Map<String, Object> to, Object empty) {
        Object mine = s.get(column);
        Object theirs = d.get(column);
        boolean mineEmpty = mine == null || mine.equals(empty);
        boolean theirsEmpty = theirs == null || theirs.equals(empty);
        if (mineEmpty && !theirsEmpty) {
            from.put(column, mine);
            to.put(column, theirs);
        } else if (!mineEmpty && !theirsEmpty && !mine.equals(theirs)) {
            String shown = column.equals("place_id") ? "place" : column;
            plan.conflicts.add(new Conflict(field, String.valueOf(s.getOrDefault(shown + "_shown", mine)),
                    String.valueOf(d.getOrDefault(shown + "_shown", theirs))));
        }
    }

    /** Both records' confidentiality and consent bind the merged one: the stricter wins. */
    private static void stricter(Plan plan, String field, String column, List<String> order, Map<String, Object> s,
                                 Map<String, Object> d, Map<String, Object> from, Map<String, Object> to) {
        String mine = (String) s.get(column);
        String theirs = (String) d.get(column);
        if (!mine.equals(theirs)) {
            String strict = order.indexOf(theirs) > order.indexOf(mine) ? theirs : mine;
            plan.conflicts.add(new Conflict(field, strict + " (the stricter)", theirs));
            if (!strict.equals(mine)) {
                from.put(column, mine);
                to.put(column, strict);
            }
        }
    }

    private Map<String, Object> personRow(long id) {
        return rows("""
                select p.gender, p.birth_year, p.place_id, pl.code as place_shown, p.description::text as description,
                       p.confidentiality, p.consent_to_publish
                from person p left join place pl on pl.id = p.place_id where p.id = :id""", id).getFirst();
    }

    private Map<String, Object> organizationRow(long id) {
        return rows("""
                select t.code as kind, o.parent_id, u.key as parent_shown, o.place_id, pl.code as place_shown,
                       o.description::text as description, o.confidentiality
                from organization o join vocabulary_term t on t.id = o.kind_id left join place pl on pl.id = o.place_id
                left join organization u on u.id = o.parent_id
                where o.id = :id""", id).getFirst();
    }

    private List<Map<String, Object>> rows(String sql, long id) {
        return db.sql(sql).param("id", id)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    return row;
                }).list();
    }

    private int nextPosition(String table, String owner, long id) {
        return db.sql("select coalesce(max(position), -1) + 1 from " + table + " where " + owner + " = ?").param(id)
                .query(Integer.class).single();
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /**
     * Every foreign key to the duplicate's table, found in the catalogue, must now miss the duplicate (its own
     * names and sealed fields aside): a reference a later migration adds and the merge does not know fails the
     * merge instead of being left behind.
     */
    private void requireNothingLeftPointingTo(Subject subject, long duplicate) {
        List<String[]> keys = db.sql("""
                        select c.conrelid::regclass::text, a.attname from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                        where c.contype = 'f' and c.confrelid = cast(? as regclass)""")
                .param(subject.table).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] k : keys) {
            if (KEPT_BY_DUPLICATE.contains(k[0] + "." + k[1])) {
                continue;
            }
            boolean left = db.sql("select exists (select 1 from " + k[0] + " where " + k[1] + " = ?)").param(duplicate)
                    .query(Boolean.class).single();
            if (left) {
                throw new IllegalStateException("a merge does not know how to move " + k[0] + "." + k[1]);
            }
        }
    }

    private void requireFullClearance(Subject subject, String reference) {
        if (Actor.current().clearance() != Clearance.CONFIDENTIAL) {
            throw new HiddenPartsException(subject.table, reference);
        }
    }

    private Map<Touch, RecordDocument<?>> snapshots(List<Touch> touched) {
        Map<Touch, RecordDocument<?>> snapshots = new HashMap<>();
        for (Touch t : touched) {
            if (live(t)) {
                snapshots.put(t, stores.get(t.table).snapshot(t.id));
            }
        }
        return snapshots;
    }

    /** The updates of the live records a merge or its undo touched, told with the duplicate's change in one event. */
    private List<Change> updates(List<Touch> touched, Map<Touch, RecordDocument<?>> before) {
        List<Change> changes = new ArrayList<>();
        for (Touch t : touched) {
            RecordDocument<?> was = before.get(t);
            if (was != null) {
                RecordDocument<?> now = stores.get(t.table).snapshot(t.id);
                changes.add(new Change(t.table, t.id, now.key(), now.version(), RecordsChanged.UPDATED,
                        was.content(), now.content(), null));
            }
        }
        return changes;
    }

    private boolean live(Touch t) {
        return db.sql("select deleted_at is null from " + t.table + " where id = ?").param(t.id).query(Boolean.class)
                .optional().orElse(false);
    }

    private int versionOf(Touch t) {
        return db.sql("select version from " + t.table + " where id = ?").param(t.id).query(Integer.class).single();
    }
}
