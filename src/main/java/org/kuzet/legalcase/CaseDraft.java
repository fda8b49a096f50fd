package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.person.PersonDocument;

/**
 * A legal case as a monitor enters it: the case, and the defendants not yet in the record, who become persons of
 * their own and defendants of the case when it is saved.
 *
 * @param legalCase     the case; its parties name existing persons and organisations by key
 * @param newDefendants persons to record with the case, each a defendant after the case's own parties
 */
public record CaseDraft(CaseDocument legalCase, List<PersonDocument> newDefendants) {

    public CaseDraft {
        newDefendants = newDefendants == null ? List.of() : List.copyOf(newDefendants);
    }
}
