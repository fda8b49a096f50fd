package org.kuzet.legalcase;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.CaseDocument.PartyDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.NewRecords;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and editing a legal case as a monitor enters it: with the defendants it names who are not in the record
 * yet ({@link CaseDraft}). Everything is checked first, each problem under its path; only when nothing has a problem
 * is anything written, in one transaction.
 */
@Service
public class CaseEntry {

    private final LegalCases cases;
    private final Persons persons;
    private final Vocabularies vocabularies;

    CaseEntry(LegalCases cases, Persons persons, Vocabularies vocabularies) {
        this.cases = cases;
        this.persons = persons;
        this.vocabularies = vocabularies;
    }

    /**
     * Records the case and its new defendants, all or nothing; answers the case's key. {@code check} may already hold
     * problems of the caller's own (a form's fields that did not parse): then nothing is written either.
     *
     * @throws InvalidInputException with every problem found, each under its path
     */
    @Transactional
    public String record(CaseDraft draft, Checker check, Long userId) {
        propose(draft, check, userId);
        NewRecords records = new NewRecords(cases.references());
        return records.create(cases, namingNewDefendants(draft, records, check), check, userId);
    }

    /**
     * Replaces the stored case {@code key} with the draft's case, which names the version it replaces, and records
     * its new defendants; all or nothing.
     *
     * @throws InvalidInputException with every problem found, each under its path
     * @throws org.kuzet.shared.StaleVersionException when someone saved the case since that version
     * @throws org.kuzet.shared.HiddenPartsException when the case has parts the writer may not see
     */
    @Transactional
    public void edit(String key, CaseDraft draft, Checker check, Long userId) {
        propose(draft, check, userId);
        NewRecords records = new NewRecords(cases.references());
        records.update(cases, key, namingNewDefendants(draft, records, check), check, userId);
    }

    /**
     * Records a court's decision about a person: a verdict concerning them in their case (its charge added when the
     * case does not charge that article yet), or a new case against them with that charge and verdict. Answers the
     * case's key. The case's own check applies, so a conviction without its sentence, or a verdict dated before the
     * case was opened, is refused like anywhere else.
     *
     * @throws InvalidInputException with every problem, under the paths of the case ({@code $.stages[3].sentence})
     */
    @Transactional
    public String recordDecision(String personKey, CourtDecision decision, Checker check, Long userId) {
        CaseDocument.StageDocument verdict = new CaseDocument.StageDocument("verdict", decision.date(),
                decision.datePrecision(), personKey, null, decision.court(), null, null, null, null, null,
                decision.outcome(), decision.sentence(), decision.sentenceUnknown(), null, null, null, null);
        CaseDocument.ChargeDocument charge = decision.article() == null && decision.code() == null ? null
                : new CaseDocument.ChargeDocument(personKey, decision.code(), decision.article(), decision.part(), null,
                        decided("brought", decision.outcome()));
        if (decision.legalCase() == null) {
            CaseDocument created = new CaseDocument(null, null, null, decision.kind(), null, null, null,
                    List.of(new PartyDocument(personKey, null, "defendant")), charge == null ? List.of() : List.of(charge),
                    List.of(verdict), null, null, null, null);
            return cases.create(created, check, userId).key();
        }
        CaseDocument stored = cases.get(decision.legalCase());
        if (list(stored.parties()).stream().noneMatch(p -> personKey.equals(p.person())
                && LegalCases.DEFENDANT_ROLES.contains(p.role()))) {
            check.at("legalCase").problem("the person is not a defendant in case '" + decision.legalCase() + "'");
        }
        List<CaseDocument.ChargeDocument> charges = new ArrayList<>();
        boolean charged = false;
        for (CaseDocument.ChargeDocument c : list(stored.charges())) {
            // the same charge against this person (or every defendant): it is what the court decided on
            if (charge != null && !charged && c.code().equals(charge.code()) && c.article().equals(charge.article())
                    && (c.part() == null || charge.part() == null || charge.part().equals(c.part()))
                    && (c.defendant() == null || personKey.equals(c.defendant()))) {
                charged = true;
                c = new CaseDocument.ChargeDocument(c.defendant(), c.code(), c.article(),
                        c.part() != null ? c.part() : charge.part(), c.label(), decided(c.status(), decision.outcome()));
            }
            charges.add(c);
        }
        if (charge != null && !charged) {
            charges.add(charge);
        }
        List<CaseDocument.StageDocument> stages = new ArrayList<>(list(stored.stages()));
        stages.add(verdict);
        cases.update(stored.key(), stored.withChargesAndStages(charges, stages), check, userId);
        return stored.key();
    }

    /** A charge's status once a court decided on it: convicted or acquitted; other outcomes leave it as it was. */
    private static String decided(String status, String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "convicted" -> "convicted";
            case "acquitted" -> "acquitted";
            default -> status;
        };
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * The articles the draft proposes, added to the vocabulary first so that its charges can name them; undone with
     * everything else when the case is refused (the use case's transaction).
     */
    private void propose(CaseDraft draft, Checker check, Long userId) {
        for (CaseDraft.ArticleProposal p : draft.proposedArticles()) {
            vocabularies.proposeArticle(check.at("charges").at(p.charge()), p.code(), p.article(), p.asWritten(), userId);
        }
    }

    /** The draft's case with its new defendants added as parties, after the parties it already names. */
    private CaseDocument namingNewDefendants(CaseDraft draft, NewRecords records, Checker check) {
        CaseDocument legalCase = draft.legalCase();
        if (legalCase == null) {
            return null; // the check says that it is required
        }
        List<PartyDocument> parties = new ArrayList<>(legalCase.parties() == null ? List.of() : legalCase.parties());
        for (int i = 0; i < draft.newDefendants().size(); i++) {
            String key = records.add(persons, draft.newDefendants().get(i), check.at("newDefendants").at(i));
            parties.add(new PartyDocument(key, null, "defendant"));
        }
        return legalCase.withParties(parties);
    }
}
