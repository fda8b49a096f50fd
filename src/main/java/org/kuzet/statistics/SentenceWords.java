package org.kuzet.statistics;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A sentence in words, as a report writes it: "5 years' imprisonment", «5 лет лишения свободы». */
final class SentenceWords {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("imprisonment", "imprisonment"), Map.entry("restriction_of_freedom", "restriction of freedom"),
            Map.entry("administrative_detention", "administrative detention"), Map.entry("fine", "fine"),
            Map.entry("activity_ban", "ban on public activity"), Map.entry("social_media_ban", "ban on using social media"),
            Map.entry("forced_labour", "forced labour"), Map.entry("community_service", "community service"),
            Map.entry("probation", "probation"), Map.entry("suspended_sentence", "suspended sentence"),
            Map.entry("compensation", "compensation"), Map.entry("warning", "warning"),
            Map.entry("compulsory_treatment", "compulsory treatment"),
            Map.entry("deprivation_of_citizenship", "deprivation of citizenship"));

    /** Russian nouns in the genitive, as they follow a term: «5 лет лишения свободы». */
    private static final Map<String, String> RU = Map.ofEntries(
            Map.entry("imprisonment", "лишения свободы"), Map.entry("restriction_of_freedom", "ограничения свободы"),
            Map.entry("administrative_detention", "административного ареста"), Map.entry("fine", "штраф"),
            Map.entry("activity_ban", "запрета на общественную деятельность"),
            Map.entry("social_media_ban", "запрета на пользование социальными сетями"),
            Map.entry("forced_labour", "исправительных работ"), Map.entry("community_service", "общественные работы"),
            Map.entry("probation", "пробационного контроля"), Map.entry("suspended_sentence", "условного срока"),
            Map.entry("compensation", "компенсация"), Map.entry("warning", "предупреждение"),
            Map.entry("compulsory_treatment", "принудительного лечения"),
            Map.entry("deprivation_of_citizenship", "лишение гражданства"));

    private SentenceWords() {
    }

    /** One component: a term and the punishment, or the punishment and its amount. */
    static String component(String kind, String duration, String amount, String currency, String language) {
        boolean ru = !"en".equals(language);
        String noun = (ru ? RU : EN).getOrDefault(kind, kind);
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
