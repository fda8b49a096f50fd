package org.kuzet.legalcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's legal status on any date, derived from the stages of the cases in which they are a defendant: one person
 * through the audited read of each case ({@link #of}), or many persons at once from one read of their cases' stages
 * ({@link #statusesOn}). Both apply the same {@link LegalStatusPolicy} under the reader's clearance.
 */
@Service
public class LegalStatuses {

    /** Ids per query: far below the bind parameters a statement may have. */
    private static final int BATCH = 1000;

    private final JdbcClient db;
    private final LegalCases cases;
    private final ApplicationEventPublisher events;
    private final LegalStatusPolicy policy = new LegalStatusPolicy();

    public LegalStatuses(JdbcClient db, LegalCases cases, ApplicationEventPublisher events) {
        this.db = db;
        this.cases = cases;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public LegalStatusView of(String personReference, String asOf) {
        Checker check = Checker.rootAt("query");
        LocalDate day = asOf == null ? LocalDate.now() : check.at("asOf").date(asOf);
        check.throwIfProblems();
        long personId = RecordRows.idOf(db, "person", personReference)
                .orElseThrow(() -> new RecordNotFoundException("person", personReference));
        String personKey = RecordRows.keyOf(db, "person", personId).orElseThrow();
        // the stages alone, in three queries, rather than each case read whole; each confidential case audited as its
        // own read, as reading the case would
        List<Stage> stages = stagesOf(List.of(personKey), true).get(personKey);
        return new LegalStatusView(personKey, day.toString(), LegalStatusView.Status.of(policy.statusOn(stages, day)),
                policy.timeline(stages).stream().map(LegalStatusView.Period::of).toList());
    }

    /**
     * The legal status on {@code day}, and how it came about, of each defendant of a case being entered, as it will be
     * once the case is saved: from their other cases and the draft's stages that are right so far (a case being edited
     * counts only as the draft has it). Defendants the reader may not see, or not yet in the record, are left out.
     *
     * @return the status of each defendant, by key, in the order of the parties
     */
    @Transactional(readOnly = true)
    public Map<String, LegalStatusView> ofDraft(CaseDocument draft, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Stage> drafted = cases.acceptedStages(draft);
        List<String> defendants = new ArrayList<>();
        for (CaseDocument.PartyDocument party : draft.parties() == null ? List.<CaseDocument.PartyDocument>of() : draft.parties()) {
            if (party != null && party.person() != null && LegalCases.DEFENDANT_ROLES.contains(party.role())
                    && !defendants.contains(party.person())) {
                defendants.add(party.person());
            }
        }
        // read as the prisoner list reads: under the reader's clearance, the confidential cases audited in one event
        Map<String, List<Stage>> others = stagesOf(defendants, false);
        Map<String, LegalStatusView> views = new LinkedHashMap<>();
        for (String person : defendants) {
            if (RecordRows.idOf(db, "person", person).isEmpty()) {
                continue; // beyond the reader's clearance, or not in the record
            }
            List<Stage> stages = new ArrayList<>(others.get(person).stream()
                    .filter(s -> !s.caseKey().equals(draft.key())).toList());
            drafted.stream().filter(s -> s.concerns(person)).map(s -> s.concerning(person)).forEach(stages::add);
            views.put(person, new LegalStatusView(person, day.toString(), LegalStatusView.Status.of(policy.statusOn(stages, day)),
                    policy.timeline(stages).stream().map(LegalStatusView.Period::of).toList()));
        }
        return views;
    }

    /**
     * The legal status on {@code day} of every person named (by key), from the stages of every live case in which they
     * are a defendant (or respondent), as {@link #of} derives it for one person. Reads under the reader's clearance in
     * three queries (the persons' cases, those cases' stages, the stages' sentences; more only for thousands of
     * records), without reading each case whole; the confidential cases read are audited in one {@code record_read}
     * event. A person the reader may not see, or who is a defendant in no case the reader may see, is free.
     *
     * @return the status of each person asked for, by key, in the order asked
     */
    @Transactional(readOnly = true)
    public Map<String, LegalStatusView.Status> statusesOn(Collection<String> personKeys, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<String> persons = personKeys.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, List<Stage>> stages = stagesOf(persons, false);
        Map<String, LegalStatusView.Status> statuses = new LinkedHashMap<>();
        for (String person : persons) {
            statuses.put(person, LegalStatusView.Status.of(policy.statusOn(stages.get(person), day)));
        }
        return statuses;
    }

    /**
     * The stages that concern each person in every live case where they are the defendant (or respondent) and that
     * the reader may see, read for all at once: stages naming the person, and stages naming nobody (or a person the
     * reader may not see, whom the case record withholds). The confidential cases read are audited: in one event, or
     * with {@code eachCase} one event per case, as reading each case would.
     */
    private Map<String, List<Stage>> stagesOf(List<String> persons, boolean eachCase) {
        record CaseOf(String person, long caseId, String caseKey, String confidentiality) {
        }
        List<CaseOf> casesOf = new ArrayList<>(); // each person's cases in key order: a person is in one batch
        for (List<String> batch : batches(persons)) {
            casesOf.addAll(db.sql("""
                    select distinct p.key as person, c.id as case_id, c.key as case_key, c.confidentiality
                    from legal_case c join case_party cp on cp.case_id = c.id join person p on p.id = cp.person_id
                    where p.key in (:persons) and cp.role in (:roles) and c.deleted_at is null
                    order by c.key""").param("persons", batch).param("roles", LegalCases.DEFENDANT_ROLES)
                    .query(CaseOf.class).list());
        }
        List<Long> caseIds = casesOf.stream().map(CaseOf::caseId).distinct().toList();
        Map<Long, List<StageDocument>> stagesByCase = stageDocuments(caseIds);
        TreeSet<String> confidential = new TreeSet<>();
        Map<String, List<Stage>> result = new HashMap<>();
        persons.forEach(p -> result.put(p, new ArrayList<>()));
        for (CaseOf c : casesOf) {
            if ("confidential".equals(c.confidentiality())) {
                confidential.add(c.caseKey());
            }
            for (StageDocument stage : stagesByCase.getOrDefault(c.caseId(), List.of())) {
                if (stage.person() == null || stage.person().equals(c.person())) {
                    result.get(c.person()).add(StageMapping.toStage(c.caseKey(), stage).concerning(c.person()));
                }
            }
        }
        if (eachCase) {
            confidential.forEach(key -> events.publishEvent(AuditEvent.recordRead(cases.table(), key)));
        } else if (!confidential.isEmpty()) {
            events.publishEvent(AuditEvent.recordsRead(cases.table(), List.copyOf(confidential)));
        }
        return result;
    }

    /** The stages of these cases, as the case record holds them (sentences included, notes and sources left out). */
    private Map<Long, List<StageDocument>> stageDocuments(List<Long> caseIds) {
        record Row(long id, long caseId, String kind, LocalDate date, String datePrecision, LocalDate endDate,
                   String endDatePrecision, String person, String duration, String measure, String outcome,
                   String change, String reason) {
        }
        List<Row> rows = new ArrayList<>();
        for (List<Long> batch : batches(caseIds)) {
            rows.addAll(db.sql("""
                    select s.id, s.case_id, s.kind, s.date, s.date_precision, s.end_date,
                           s.end_date_precision, p.key as person, s.duration, s.measure, s.outcome, s.change, s.reason
                    from case_stage s left join person p on p.id = s.person_id
                    where s.case_id in (:ids) order by s.case_id, s.position""")
                    .param("ids", batch).query(Row.class).list());
        }
        Map<Long, List<SentenceComponentDocument>> sentences = new HashMap<>();
        for (List<Long> batch : batches(rows.stream().map(Row::id).toList())) {
            db.sql("""
                    select stage_id, kind, duration, regime, amount, currency from sentence_component
                    where stage_id in (:ids) order by stage_id, position""")
                    .param("ids", batch)
                    .query((rs, n) -> sentences.computeIfAbsent(rs.getLong("stage_id"), k -> new ArrayList<>())
                            .add(new SentenceComponentDocument(rs.getString("kind"), rs.getString("duration"),
                                    rs.getString("regime"), amount(rs.getBigDecimal("amount")), rs.getString("currency"),
                                    null)))
                    .list();
        }
        Map<Long, List<StageDocument>> byCase = new HashMap<>();
        for (Row r : rows) {
            byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(new StageDocument(r.kind(), iso(r.date()),
                    r.datePrecision(), r.person(), null, null, null, r.duration(), r.measure(), iso(r.endDate()),
                    r.endDatePrecision(), r.outcome(), sentences.get(r.id()), null, r.change(), r.reason(), null, null));
        }
        return byCase;
    }

    /** Amounts as the case record gives them: "55560", "84832.5" (no trailing zeros from numeric(18, 2)). */
    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
