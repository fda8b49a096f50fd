package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CourtDecision;
import org.kuzet.shared.Checker;

/**
 * "Record a court decision", the short path from a person's page: convicted (or acquitted…) on a date under an article
 * to a sentence, in one of their cases or a new one. Two punishments are offered, as most decisions have at most two.
 *
 * @param legalCase the person's case, or empty for a new case of {@code kind}
 */
public record DecisionForm(String legalCase, String kind, String date, Boolean approximate, String outcome,
                           String article, String part, String court, List<CaseForm.ComponentRow> sentence,
                           Boolean sentenceUnknown) {

    /** Where the form shows the problems of the case the decision goes into. */
    static final FormFields FIELDS = FormFields.of()
            .field("stages[].date", "date").field("stages[].datePrecision", "date")
            .field("stages[].outcome", "outcome").field("stages[].kind", "outcome").field("stages", "outcome")
            .field("stages[].sentence", "sentence").field("stages[].sentenceUnknown", "sentence")
            .field("stages[].courtText", "court")
            .field("charges", "article").field("parties", "legalCase").field("kind", "kind");

    public DecisionForm {
        outcome = outcome == null || outcome.isBlank() ? "convicted" : outcome;
        kind = kind == null || kind.isBlank() ? "criminal" : kind;
        List<CaseForm.ComponentRow> rows = new ArrayList<>(sentence == null ? List.of()
                : sentence.stream().filter(r -> r != null).toList());
        while (rows.size() < 2) {
            rows.add(CaseForm.NEW_COMPONENT);
        }
        sentence = List.copyOf(rows);
    }

    static DecisionForm empty(String legalCase) {
        return new DecisionForm(legalCase, null, null, false, null, null, null, null, null, false);
    }

    /** The decision this form describes; problems of its own fields (a date, a term, an article) go to {@code check}. */
    CourtDecision toDecision(Checker check) {
        String[] when = FormDates.parse(date, approximate, check.at("date"));
        String[] ref = CaseForm.article(article, check.at("article"), false);
        List<SentenceComponentDocument> components = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            CaseForm.ComponentRow row = sentence.get(i);
            if (row.kind() != null && !row.kind().isBlank()) {
                components.add(CaseForm.component(row, check.at("sentence")));
            }
        }
        return new CourtDecision(blank(legalCase), kind, when[0], when[1], outcome, ref[0], ref[1], blank(part),
                blank(court), components, Boolean.TRUE.equals(sentenceUnknown) ? Boolean.TRUE : null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
