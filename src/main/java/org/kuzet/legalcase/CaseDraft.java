package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.person.PersonDocument;

/**
 * A legal case as a monitor enters it: the case, and the defendants not yet in the record, who become persons of
 * their own and defendants of the case when it is saved.
 *
 * @param legalCase     the case; its parties name existing persons and organisations by key
 * @param newDefendants persons to record with the case, each a defendant after the case's own parties
 * @param proposedArticles articles the vocabulary does not have yet, proposed for the charges that name them
 */
public record CaseDraft(CaseDocument legalCase, List<PersonDocument> newDefendants,
                        List<ArticleProposal> proposedArticles) {

    public CaseDraft {
        newDefendants = newDefendants == null ? List.of() : List.copyOf(newDefendants);
        proposedArticles = proposedArticles == null ? List.of() : List.copyOf(proposedArticles);
    }

    public CaseDraft(CaseDocument legalCase, List<PersonDocument> newDefendants) {
        this(legalCase, newDefendants, List.of());
    }

    /**
     * A charge's article proposed for the vocabulary: "CC 423", with the offence as the source writes it.
     *
     * @param charge the position of the charge that names it, where its problems are shown
     */
    public record ArticleProposal(int charge, String code, String article, String asWritten) {
    }
}
