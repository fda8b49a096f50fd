package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.PunishmentWords;
import org.kuzet.legalcase.SentenceKind;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The cells of a case row that are read as text: articles and sentences, in the words sheets write them in. */
class CaseCellsTest {

    private static CellValues values(ImportMapping mapping) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CellValues(null, messages, mapping);
    }

    private static Row row(Field field, String cell) {
        Columns columns = Columns.resolve(List.of(field.name()), List.of(field), ImportMapping.NONE, new ArrayList<>());
        return new Row(2, List.of(cell), columns, ";");
    }

    private static List<String> article(String written) {
        Row row = row(CaseRows.ARTICLES, written);
        String[] article = CaseRows.article(row, values(ImportMapping.NONE), written);
        assertThat(row.problems).isEmpty();
        return java.util.Arrays.asList(article);
    }

    @Test
    void anArticleIsReadWithItsCodeByItsLabelInAnyLanguageAndItsPartBeforeOrAfterTheNumber() {
        assertThat(article("CC 405")).containsExactly("CC", "405", null);
        assertThat(article("cc-405")).containsExactly("CC", "405", null);
        assertThat(article("УК 405")).containsExactly("CC", "405", null);
        assertThat(article("ч. 2 ст. 174 УК РК")).containsExactly("CC", "174", "2");
        assertThat(article("ст.405 ч.1 УК")).containsExactly("CC", "405", "1");
        assertThat(article("CC 405 part 1")).containsExactly("CC", "405", "1");
        assertThat(article("CC 405(2)")).containsExactly("CC", "405", "2");
        assertThat(article("КоАП 488")).containsExactly("AC", "488", null);
        assertThat(article("ҚК 73-3")).containsExactly("CC", "73-3", null);
    }

    @Test
    void whatIsNotAnArticleOrNamesNoCodeIsAProblemOfTheCellNeverAGuess() {
        Row row = row(CaseRows.ARTICLES, "x");
        assertThat(CaseRows.article(row, values(ImportMapping.NONE), "article four hundred five")).isNull();
        assertThat(CaseRows.article(row, values(ImportMapping.NONE), "ГК 405")).isNull();
        assertThat(row.problems).extracting(ImportProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("is not an article such as"),
                m -> assertThat(m).contains("'ГК' is not a code of law"));
        assertThat(row.problems).allSatisfy(p -> assertThat(p.column()).isEqualTo("articles"));
    }

    private static SheetSentences.Read sentence(String written, ImportMapping mapping) {
        Row row = row(CaseRows.SENTENCE, written);
        SheetSentences.Read read = SheetSentences.read(row, CaseRows.SENTENCE, values(mapping));
        assertThat(row.problems).isEmpty();
        return read;
    }

    @Test
    void aSentenceIsReadAsItsPunishmentsWithTheirTermsOrSumsInEitherOrderAndLanguage() {
        assertThat(sentence("5 лет лишения свободы; запрет на деятельность 3 года", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("imprisonment", "P5Y", null, null, null, null),
                        new SentenceComponentDocument("activity_ban", "P3Y", null, null, null, null));
        assertThat(sentence("imprisonment for 1 year 6 months", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("imprisonment", "P1Y6M", null, null, null, null));
        assertThat(sentence("штраф 55 560 тенге", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("fine", null, null, "55560", "KZT", null));
        assertThat(sentence("бас бостандығын шектеу 2 жыл", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("restriction_of_freedom", "P2Y", null, null, null, null));
        assertThat(sentence("10 суток ареста", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("administrative_detention", "P10D", null, null, null, null));
        assertThat(sentence("неизвестно", ImportMapping.NONE).unknown()).isTrue();
        ImportMapping mapping = new ImportMapping("cases", Map.of(), null, null,
                Map.of("sentence", Map.of("исправительные работы", "forced_labour")));
        assertThat(sentence("исправительные работы 1 год", mapping).components())
                .containsExactly(new SentenceComponentDocument("forced_labour", "P1Y", null, null, null, null));
    }

    @Test
    void aSentenceThatCannotBeReadWholeIsAProblemOfItsCell() {
        for (String written : List.of("5 лет лишения свободы в колонии общего режима", "штраф 100 МРП",
                "1,5 года лишения свободы", "5 лет")) {
            Row row = row(CaseRows.SENTENCE, written);
            SheetSentences.Read read = SheetSentences.read(row, CaseRows.SENTENCE, values(ImportMapping.NONE));
            assertThat(read.components()).as(written).isEmpty();
            assertThat(row.problems).as(written).singleElement()
                    .satisfies(p -> assertThat(p.column()).isEqualTo("sentence"));
        }
    }

    @Test
    void aBracketedPartIsReadOnlyRightAfterTheArticleNumberAndOtherBracketedTextIsAProblemNamingIt() {
        assertThat(article("CC 405(1)")).containsExactly("CC", "405", "1");
        assertThat(article("ст. 174(2) УК РК")).containsExactly("CC", "174", "2");
        for (String written : List.of("ст. 174 УК РК (2014)", "ст. 164 УК РК (1997)", "CC 405 (1)", "УК 405 (ред. 2014)")) {
            Row row = row(CaseRows.ARTICLES, written);
            assertThat(CaseRows.article(row, values(ImportMapping.NONE), written)).as(written).isNull();
            String bracketed = written.substring(written.indexOf('('));
            assertThat(row.problems).as(written).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo("articles");
                assertThat(p.message()).contains("'" + bracketed + "' is not read", "a code's year is not a part");
            });
        }
    }

    @Test
    void aPunishmentHasOneTermAndASecondTermIsAProblemOfTheCellNeverAddedToTheFirst() {
        assertThat(sentence("2 года 6 месяцев лишения свободы", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("imprisonment", "P2Y6M", null, null, null, null));
        assertThat(sentence("imprisonment 1 year and 6 months", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("imprisonment", "P1Y6M", null, null, null, null));
        for (String written : List.of("лишение свободы 5 лет (3 года условно)", "лишение свободы 5 лет, 3 года",
                "6 месяцев 1 год лишения свободы", "1 год 6 месяцев 2 месяца лишения свободы",
                "5 лет лишения свободы 3 года")) {
            Row row = row(CaseRows.SENTENCE, written);
            SheetSentences.Read read = SheetSentences.read(row, CaseRows.SENTENCE, values(ImportMapping.NONE));
            assertThat(read.components()).as(written).isEmpty();
            assertThat(row.problems).as(written).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo("sentence");
                assertThat(p.message()).contains("gives two terms: ");
            });
        }
    }

    @Test
    void theWordsKuzetWritesOfEachPunishmentAreReadBackAsThatPunishment() {
        for (String kind : SentenceKind.CODES) {
            SentenceKind k = SentenceKind.fromCode(kind);
            List<String> written = k.requiresAmount()
                    ? List.of(PunishmentWords.noun(kind, "ru") + " 55 560 тенге",
                            PunishmentWords.noun(kind, "en") + " of 55560 KZT")
                    : k.allowsDuration()
                    ? List.of("3 года " + PunishmentWords.noun(kind, "ru"), "1 year's " + PunishmentWords.noun(kind, "en"),
                            "5 years' " + PunishmentWords.noun(kind, "en"))
                    : List.of(PunishmentWords.noun(kind, "ru"), PunishmentWords.noun(kind, "en"));
            for (String cell : written) {
                assertThat(sentence(cell, ImportMapping.NONE).components()).as(cell).singleElement()
                        .satisfies(c -> assertThat(c.kind()).isEqualTo(kind));
            }
        }
        assertThat(sentence("3 года запрета на общественную деятельность", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("activity_ban", "P3Y", null, null, null, null));
        assertThat(sentence("1 год исправительных работ", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("forced_labour", "P1Y", null, null, null, null));
        assertThat(sentence("принудительного лечения", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("compulsory_treatment", null, null, null, null, null));
        assertThat(sentence("2 года запрета на пользование социальными сетями", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("social_media_ban", "P2Y", null, null, null, null));
        assertThat(sentence("1 year's restriction of freedom", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("restriction_of_freedom", "P1Y", null, null, null, null));
    }

    @Test
    void aSumIsReadWithSpacesNoBreakAndNarrowNoBreakSpacesBetweenThousandsAsTheCaseFormReadsIt() {
        assertThat(sentence("штраф 1\u202f000\u00a0000,50 тенге", ImportMapping.NONE).components())
                .containsExactly(new SentenceComponentDocument("fine", null, null, "1000000.50", "KZT", null));
        assertThat(PunishmentWords.amount("1\u202f000\u00a0000,50")).isEqualTo("1000000.50");
    }

    @Test
    void aVerdictIsReadInTheWordsForAWomanAsForAMan() {
        Row row = row(CaseRows.VERDICT, "x");
        CellValues values = values(ImportMapping.NONE);
        for (String written : List.of("осуждена", "осуждён", "осужден", "виновна")) {
            assertThat(values.candidates(row, CaseRows.VERDICT, "verdict_outcome", written)).as(written)
                    .containsExactly("convicted");
        }
        for (String written : List.of("оправдана", "оправдан")) {
            assertThat(values.candidates(row, CaseRows.VERDICT, "verdict_outcome", written)).as(written)
                    .containsExactly("acquitted");
        }
    }
}
