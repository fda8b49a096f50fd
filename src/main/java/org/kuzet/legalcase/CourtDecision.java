package org.kuzet.legalcase;

import java.util.List;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;

/**
 * A court's decision about one person, as a monitor reads it in a single sentence of a report ("on 12 May the Yesil
 * district court sentenced him to five years' restriction of freedom under Article 405"): recorded as a verdict in one
 * of the person's cases, or in a new case against them.
 *
 * @param legalCase       the person's case it belongs to; {@code null} opens a new case of {@code kind}
 * @param kind            the kind of a new case (criminal, administrative)
 * @param outcome         the verdict's outcome, {@code convicted} when a sentence is given
 * @param code            with {@code article} and {@code part}: the article applied, added to the case's charges
 *                        when the case does not charge it yet
 * @param sentence        the punishments
 * @param sentenceUnknown the source does not give the sentence
 */
public record CourtDecision(String legalCase, String kind, String date, String datePrecision, String outcome,
                            String code, String article, String part, String court,
                            List<SentenceComponentDocument> sentence, Boolean sentenceUnknown) {

    public CourtDecision {
        sentence = sentence == null ? List.of() : List.copyOf(sentence);
    }
}
