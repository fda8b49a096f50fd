package org.kuzet.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.PunishmentWords;
import org.kuzet.legalcase.SentenceKind;
import org.kuzet.legalcase.VerdictOutcome;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.LabelIndex;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;

/**
 * Cells read as values of the record: vocabulary terms and places by their code or any label (never a new term),
 * genders, confidentiality levels, reliability, case kinds, verdicts, codes of law and punishments by the labels the
 * user interface shows for them in English, Russian and Kazakh, languages by code or name, dates with their
 * precision. A value that cannot be read is a problem of its cell, with the value.
 * One per import: the vocabularies are read once.
 */
final class CellValues {

    private final Vocabularies vocabularies;
    private final MessageSource messages;
    private final ImportMapping mapping;
    private final Map<String, LabelIndex> indexes = new HashMap<>();
    private Map<String, Place> places;

    CellValues(Vocabularies vocabularies, MessageSource messages, ImportMapping mapping) {
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.mapping = mapping;
    }

    private LabelIndex index(String vocabulary) {
        return indexes.computeIfAbsent(vocabulary, v -> switch (v) {
            case "place" -> LabelIndex.ofPlaces(vocabularies.places());
            case "gender" -> uiLabels("gender", org.kuzet.person.Persons.GENDERS);
            case "confidentiality" -> uiLabels("confidentiality", Confidentiality.LEVELS);
            case "reliability" -> uiLabels("reliability", Sources.RELIABILITY);
            case "language" -> languages();
            case "case_kind" -> uiLabels("caseKind", LegalCases.KINDS);
            case "legal_code" -> uiLabels("legalCode", Vocabularies.LEGAL_CODES);
            case "verdict_outcome" -> verdictOutcomes();
            case "sentence_kind" -> sentenceKinds();
            default -> LabelIndex.ofTerms(vocabularies.terms(v));
        });
    }

    /** An index an import builds once ({@code name} not a vocabulary's), e.g. places by ACLED's names of them. */
    LabelIndex index(String name, Supplier<LabelIndex> build) {
        return indexes.computeIfAbsent(name, n -> build.get());
    }

    private LabelIndex uiLabels(String prefix, List<String> codes) {
        return LabelIndex.of(uiLabelsByCode(prefix, codes));
    }

    private Map<String, List<String>> uiLabelsByCode(String prefix, List<String> codes) {
        Map<String, List<String>> labels = new HashMap<>();
        for (String code : codes) {
            List<String> written = new ArrayList<>();
            for (String language : LocalizedText.LANGUAGES) {
                written.add(messages.getMessage(prefix + "." + code, null, code, Locale.of(language)));
            }
            labels.put(code, written);
        }
        return labels;
    }

    /**
     * Languages by their two-letter code, their names in English, Russian and Kazakh ("Russian", "русский", "орыс
     * тілі" aside, "орыс") and the names the interface gives its own three ("Русский", "Қазақша").
     */
    private LabelIndex languages() {
        Map<String, List<String>> labels = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            List<String> names = new ArrayList<>();
            for (String in : LocalizedText.LANGUAGES) {
                String name = language.getDisplayLanguage(Locale.of(in));
                if (!name.equals(code)) {
                    names.add(name);
                }
            }
            labels.put(code, names);
        }
        uiLabelsByCode("language", LocalizedText.LANGUAGES).forEach((code, names) -> labels.get(code).addAll(names));
        return LabelIndex.of(labels);
    }

    /**
     * Punishments by the labels the interface gives them and the other forms of {@link PunishmentWords}, among them
     * the words Kuzet writes after a term ("3 года запрета на общественную деятельность").
     */
    private LabelIndex sentenceKinds() {
        Map<String, List<String>> labels = uiLabelsByCode("sentence", SentenceKind.CODES);
        PunishmentWords.forms().forEach((code, forms) -> labels.get(code).addAll(forms));
        return LabelIndex.of(labels);
    }

    /** Verdicts by the labels of the interface and the words a sheet says them in ("guilty", "осуждён"). */
    private LabelIndex verdictOutcomes() {
        Map<String, List<String>> labels = uiLabelsByCode("outcome",
                Arrays.stream(VerdictOutcome.values()).map(VerdictOutcome::code).toList());
        // a defendant's verdict in either gender ("осуждён", "осуждена"); the Kazakh verbs have none
        labels.get("convicted").addAll(List.of("guilty", "conviction", "осужден", "осуждена", "виновен", "виновна",
                "обвинительный", "сотталды", "кінәлі"));
        labels.get("acquitted").addAll(List.of("not guilty", "acquittal", "оправдан", "оправдана", "оправдательный",
                "ақталды"));
        labels.get("dismissed").addAll(List.of("прекращено", "дело прекращено", "қысқартылды"));
        return LabelIndex.of(labels);
    }

    /** The code of the term (place, gender…) the cell names; null with a problem when it names none or several. */
    String code(Row row, Field field, String vocabulary) {
        String text = row.text(field);
        return text == null ? null : code(row, field, vocabulary, text);
    }

    /** The codes of the terms a cell lists. */
    List<String> codes(Row row, Field field, String vocabulary) {
        List<String> codes = new ArrayList<>();
        for (String value : row.list(field)) {
            String code = code(row, field, vocabulary, value);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String code(Row row, Field field, String vocabulary, String value) {
        List<String> codes = candidates(row, field, vocabulary, value);
        if (codes == null) {
            return null;
        }
        if (codes.isEmpty()) {
            unknown(row, field, vocabulary, value);
            return null;
        }
        if (codes.size() > 1) {
            ambiguous(row, field, value, codes);
            return null;
        }
        return codes.getFirst();
    }

    /**
     * The codes {@code value} of a cell may stand for: the one the saved mapping reads it as, else every term (place,
     * gender…) it is the code or a label of — none, one or several. A mapping to a code that does not exist is a
     * problem of the cell (the mapping creates no term either), answered as null.
     */
    List<String> candidates(Row row, Field field, String vocabulary, String value) {
        String mapped = mapping.valueOf(field.name(), value);
        if (mapped != null) {
            if (!index(vocabulary).codesOf(mapped).contains(mapped)) {
                row.problem(field, "the mapping reads '" + Row.abbreviate(value) + "' as '" + Row.abbreviate(mapped)
                        + "', which is not the code of a known " + vocabulary.replace('_', ' '));
                return null;
            }
            return List.of(mapped);
        }
        return index(vocabulary).codesOf(value);
    }

    /** Whether the saved mapping reads {@code value} of {@code field} as a code. */
    boolean mapped(Field field, String value) {
        return mapping.valueOf(field.name(), value) != null;
    }

    /** The problem of a cell whose value names no term: never a new one, the ways out said. */
    static void unknown(Row row, Field field, String vocabulary, String value) {
        String what = vocabulary.replace('_', ' ');
        row.problem(field, "'" + Row.abbreviate(value) + "' is not a known " + what
                + " (by its code or its label in English, Russian or Kazakh); correct the cell, map the value to a "
                + "code in the mapping's values, or have the " + what + " added to the vocabulary first");
    }

    /** The problem of a cell whose value names several terms: never one of them guessed. */
    static void ambiguous(Row row, Field field, String value, List<String> codes) {
        row.problem(field, "'" + Row.abbreviate(value) + "' is the label of several: " + String.join(", ", codes)
                + "; write the code of the one meant");
    }

    /** The places of the vocabulary by code, read once per import. */
    Map<String, Place> places() {
        if (places == null) {
            places = new HashMap<>();
            vocabularies.places().forEach(p -> places.put(p.code(), p));
        }
        return places;
    }

    DateWithPrecision date(Row row, Field field) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        try {
            return SpreadsheetDates.parse(text);
        } catch (IllegalArgumentException e) {
            row.problem(field, e.getMessage());
            return null;
        }
    }

    Integer integer(Row row, Field field) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            row.problem(field, "'" + Row.abbreviate(text) + "' is not a whole number");
            return null;
        }
    }
}
