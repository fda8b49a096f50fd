package org.kuzet.web;

import org.kuzet.reporting.RecommendationDocument;
import org.kuzet.shared.Checker;

/**
 * A recommendation as its form sends it: the freedom it is about, the body it is addressed to (an organisation
 * picked, or named in words), its text in the page's language (the other translations kept), its position among the
 * recommendations on that freedom and its confidentiality. Everything typed comes back unchanged when the form has
 * problems.
 *
 * @param language the language the form shows and edits the text in
 * @param position a whole number as typed: recommendations on one freedom are listed by it
 */
public record RecommendationForm(String language, String right, String addressee, String addresseeText, String text,
                                 String position, String confidentiality) {

    public RecommendationForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        confidentiality = blank(confidentiality) == null ? "public" : confidentiality;
    }

    static RecommendationForm empty(String language) {
        return new RecommendationForm(language, null, null, null, null, null, null);
    }

    /** The form filled from a stored recommendation, its text in {@code language}. */
    static RecommendationForm of(RecommendationDocument doc, String language) {
        return new RecommendationForm(language, doc.right(), doc.addressee(), doc.addresseeText(),
                FormTexts.in(doc.text(), language), doc.position() == null ? null : doc.position().toString(),
                doc.confidentiality());
    }

    /**
     * The recommendation this form describes; for an edit, {@code stored} gives the key and the text's other
     * translations, which a save keeps, and {@code version} the version the form was read at. A position that is not
     * a whole number is a problem at {@code check}.
     */
    RecommendationDocument toDocument(RecommendationDocument stored, Integer version, Checker check) {
        Integer at = null;
        if (blank(position) != null) {
            try {
                at = Integer.valueOf(position.strip());
            } catch (NumberFormatException e) {
                check.at("position").problem("'" + position.strip() + "' is not a whole number");
            }
        }
        return new RecommendationDocument(null, version, stored == null ? null : stored.key(), blank(right),
                blank(addressee), blank(addresseeText),
                FormTexts.replaced(stored == null ? null : stored.text(), language, text), at, blank(confidentiality));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
