package org.kuzet.statistics;

import java.util.List;

/**
 * The political prisoners on a day: persons an organisation's assessment in force on that day calls political
 * prisoners, prisoners of conscience or politically prosecuted, and whose legal status that day deprives them of
 * liberty in one of the {@code statuses}.
 *
 * @param asOf      the day (YYYY-MM-DD)
 * @param statuses  the legal statuses listed (codes of the legal-status API, e.g. {@code serving_imprisonment})
 * @param count     how many persons are listed
 * @param prisoners the persons, sorted by name
 */
public record PrisonerList(String asOf, List<String> statuses, int count, List<Prisoner> prisoners) {

    /**
     * One person.
     *
     * @param person                   the person's key
     * @param name                     their name
     * @param status                   their legal status on the day
     * @param since                    since when they are in that status (YYYY-MM-DD, the earliest day of an
     *                                 imprecise date)
     * @param sincePrecision           {@code day}, {@code month}, {@code year} or {@code approximate}
     * @param inCustodySince           for persons in custody: since when they are held without interruption
     * @param articles                 the articles they are charged under or convicted of
     * @param sentence                 the sentence in force (empty when the record does not give it)
     * @param sentenceText             the sentence in words ("5 years' imprisonment, 3 years' ban on public
     *                                 activity"), null if not known
     * @param expectedRelease          when the sentence or measure is expected to end, from its term and the custody
     *                                 counted against it; null if not computable
     * @param expectedReleasePrecision its precision ({@code approximate} when only estimated)
     * @param assessments              the assessments in force on the day, one per assessing organisation
     * @param cases                    the cases in which they are a defendant
     */
    public record Prisoner(String person, String name, String status, String since, String sincePrecision,
                           String inCustodySince, List<Article> articles, List<SentencePart> sentence,
                           String sentenceText, String expectedRelease, String expectedReleasePrecision,
                           List<Assessment> assessments, List<CaseRef> cases) {
    }

    /** An article: {@code CC 405 part 1}, with its label. */
    public record Article(String code, String article, String part, String label) {

        /** "CC 405(1)". */
        public String reference() {
            return code + " " + article + (part == null ? "" : "(" + part + ")");
        }
    }

    /** A component of the sentence, and in words. */
    public record SentencePart(String kind, String duration, String amount, String currency, String text) {
    }

    /**
     * An assessment in force.
     *
     * @param organization the assessing organisation's key (null when only named in text)
     * @param assessedBy   its name
     * @param conclusion   {@code political_prisoner}, {@code prisoner_of_conscience} or
     *                     {@code politically_motivated_prosecution}
     * @param date         when it was made (YYYY-MM-DD)
     * @param datePrecision its precision
     */
    public record Assessment(String organization, String assessedBy, String conclusion, String date,
                             String datePrecision) {
    }

    /** A case of the person, with its API and web addresses. */
    public record CaseRef(String key, String title, String number, String href, String link) {
    }
}
