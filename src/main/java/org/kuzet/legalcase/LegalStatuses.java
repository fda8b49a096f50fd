package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's legal status on any date, derived from the stages of the cases in which they are a defendant. */
@Service
public class LegalStatuses {

    private final JdbcClient db;
    private final LegalCases cases;
    private final LegalStatusPolicy policy = new LegalStatusPolicy();

    public LegalStatuses(JdbcClient db, LegalCases cases) {
        this.db = db;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public LegalStatusView of(String personReference, String asOf) {
        Checker check = Checker.rootAt("query");
        LocalDate day = asOf == null ? LocalDate.now() : check.at("asOf").date(asOf);
        check.throwIfProblems();
        long personId = RecordRows.idOf(db, "person", personReference)
                .orElseThrow(() -> new RecordNotFoundException("person", personReference));
        String personKey = RecordRows.keyOf(db, "person", personId).orElseThrow();
        List<Stage> stages = stagesOf(personId, personKey);
        return new LegalStatusView(personKey, day.toString(), LegalStatusView.Status.of(policy.statusOn(stages, day)),
                policy.timeline(stages).stream().map(LegalStatusView.Period::of).toList());
    }

    /** The stages that concern the person in every live case where they are the defendant (or respondent). */
    List<Stage> stagesOf(long personId, String personKey) {
        List<String> caseKeys = db.sql("""
                select distinct c.key from legal_case c join case_party p on p.case_id = c.id
                where p.person_id = ? and p.role in ('defendant', 'respondent') and c.deleted_at is null
                order by c.key""").param(personId).query(String.class).list();
        List<Stage> stages = new ArrayList<>();
        for (String caseKey : caseKeys) {
            List<StageDocument> caseStages = cases.get(caseKey).stages();
            for (StageDocument stage : caseStages == null ? List.<StageDocument>of() : caseStages) {
                if (stage.person() == null || stage.person().equals(personKey)) {
                    stages.add(StageMapping.toStage(caseKey, stage).concerning(personKey));
                }
            }
        }
        return stages;
    }
}
