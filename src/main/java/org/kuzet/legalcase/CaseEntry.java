package org.kuzet.legalcase;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.CaseDocument.PartyDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Checker;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.NewRecords;
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

    CaseEntry(LegalCases cases, Persons persons) {
        this.cases = cases;
        this.persons = persons;
    }

    /**
     * Records the case and its new defendants, all or nothing; answers the case's key. {@code check} may already hold
     * problems of the caller's own (a form's fields that did not parse): then nothing is written either.
     *
     * @throws InvalidInputException with every problem found, each under its path
     */
    @Transactional
    public String record(CaseDraft draft, Checker check, Long userId) {
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
        NewRecords records = new NewRecords(cases.references());
        records.update(cases, key, namingNewDefendants(draft, records, check), check, userId);
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
