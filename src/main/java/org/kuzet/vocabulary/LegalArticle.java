package org.kuzet.vocabulary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Comparator;

/** An article of a code of law, e.g. Criminal Code (CC) 405. */
public record LegalArticle(String code, String article, Labels labels) {

    /** By code, then numerically by article ("73-3" after "73", "405" after "274"). */
    public static final Comparator<LegalArticle> ORDER = Comparator
            .comparing((LegalArticle a) -> Vocabularies.LEGAL_CODES.indexOf(a.code()))
            .thenComparing(LegalArticle::numericMain)
            .thenComparing(LegalArticle::numericSub);

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
