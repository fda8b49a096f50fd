package org.kuzet.legalcase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of the words a punishment ({@link SentenceKind}) is written in besides its label: what Kuzet writes
 * after a term in a report ("5 years' imprisonment", «3 года запрета на общественную деятельность») and the other
 * forms sheets use, so that what Kuzet writes is read back as it was meant. Also the one rule for a sum as people type
 * it.
 */
public final class PunishmentWords {

    /** The characters {@link #amount} takes between the digits of a sum: a space, a no-break or narrow no-break one. */
    public static final String THOUSANDS_SEPARATORS = " \u00a0\u202f";

    /** The English noun after a term: "5 years' imprisonment". */
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

    /** Other forms sheets write a punishment in that are neither its label nor what Kuzet writes. */
    private static final Map<String, List<String>> OTHER_FORMS = Map.of(
            "imprisonment", List.of("prison"),
            "administrative_detention", List.of("ареста", "арест"),
            "fine", List.of("штрафа"),
            "activity_ban", List.of("запрета на деятельность", "запрет заниматься общественной деятельностью",
                    "запрета заниматься общественной деятельностью", "запрет на общественную деятельность"),
            "social_media_ban", List.of("запрет на пользование социальными сетями"),
            "forced_labour", List.of("исправительные работы"),
            "suspended_sentence", List.of("условно", "лишения свободы условно", "лишение свободы условно", "suspended"),
            "community_service", List.of("общественных работ"),
            "compulsory_treatment", List.of("принудительное лечение"));

    private PunishmentWords() {
    }

    /** The noun Kuzet writes after a term in {@code language} ("en"; any other is Russian), or the code itself. */
    public static String noun(String kind, String language) {
        return ("en".equals(language) ? EN : RU).getOrDefault(kind, kind);
    }

    /** Every form of each punishment besides its label, by code: the nouns Kuzet writes and the other forms. */
    public static Map<String, List<String>> forms() {
        Map<String, List<String>> forms = new HashMap<>();
        for (String code : SentenceKind.CODES) {
            List<String> written = new ArrayList<>(List.of(EN.get(code), RU.get(code)));
            written.addAll(OTHER_FORMS.getOrDefault(code, List.of()));
            forms.put(code, List.copyOf(written));
        }
        return forms;
    }

    /**
     * A sum as typed — "55 560", "84 832,50", with spaces, no-break or narrow no-break spaces between thousands — as
     * stored ("55560", "84832.50"); null when blank.
     */
    public static String amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.replaceAll("[\\s" + THOUSANDS_SEPARATORS + "]", "").replace(',', '.');
    }
}
