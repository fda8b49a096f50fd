package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article of a code of law, e.g. Criminal Code (CC) 405. */
public record LegalArticle(String code, String article, Labels labels) {

    /** By code, then numerically by article ("73-3" after "73", "405" after "274"). */
    public static final Comparator<LegalArticle> ORDER = Comparator
            .comparing((LegalArticle a) -> Vocabularies.LEGAL_CODES.indexOf(a.code()))
            .thenComparing(LegalArticle::numericMain)
            .thenComparing(LegalArticle::numericSub);

    /** A reference as people type it: a code's abbreviation and the article's number ("CC 405", "ak-488", "УК 405"). */
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(\\p{L}+)[\\s.-]*([0-9]+(?:-[0-9]+)?)\\s*$");

    /**
     * The one reading of a typed article reference: the code as written (any letters, for the caller to read as a
     * code, "CC" or "УК") and the article's number ("405", "73-3"); null when the text is not a reference.
     */
    public static String[] reference(String typed) {
        Matcher m = REFERENCE.matcher(typed);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    @JsonIgnore
    int numericMain() {
        return Integer.parseInt(article.split("-")[0]);
    }

    @JsonIgnore
    int numericSub() {
        String[] parts = article.split("-");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }
}
