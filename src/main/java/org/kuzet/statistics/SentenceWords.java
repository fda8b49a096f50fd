package org.kuzet.statistics;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.PunishmentWords;

/**
 * A sentence in words, as a report writes it: "5 years' imprisonment", «5 лет лишения свободы» (the nouns are
 * {@link PunishmentWords}', which the spreadsheet import reads back).
 */
final class SentenceWords {

    private SentenceWords() {
    }

    /** One component: a term and the punishment, or the punishment and its amount. */
    static String component(String kind, String duration, String amount, String currency, String language) {
        boolean ru = !"en".equals(language);
        String noun = PunishmentWords.noun(kind, language);
        if (amount != null) {
            return noun + (ru ? " " : " of ") + amount + " " + currency;
        }
        if (duration == null) {
            return noun;
        }
        String term = term(Period.parse(duration), ru);
        if (ru) {
            return term + " " + noun;
        }
        // "5 years' imprisonment", "1 year's restriction of freedom"
        return term + (term.endsWith("s") ? "'" : "'s") + " " + noun;
    }

    static String sentence(List<PrisonerList.SentencePart> parts) {
        return parts.isEmpty() ? null : String.join(", ", parts.stream().map(PrisonerList.SentencePart::text).toList());
    }

    static String term(Period period, boolean russian) {
        List<String> words = new ArrayList<>();
        if (period.getYears() > 0) {
            words.add(russian ? russian(period.getYears(), "год", "года", "лет") : english(period.getYears(), "year"));
        }
        if (period.getMonths() > 0) {
            words.add(russian ? russian(period.getMonths(), "месяц", "месяца", "месяцев")
                    : english(period.getMonths(), "month"));
        }
        if (period.getDays() > 0) {
            words.add(russian ? russian(period.getDays(), "день", "дня", "дней") : english(period.getDays(), "day"));
        }
        return String.join(" ", words);
    }

    private static String english(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String russian(int n, String one, String few, String many) {
        int lastTwo = n % 100;
        int last = n % 10;
        String word = lastTwo >= 11 && lastTwo <= 14 ? many : last == 1 ? one : last >= 2 && last <= 4 ? few : many;
        return n + " " + word;
    }
}
