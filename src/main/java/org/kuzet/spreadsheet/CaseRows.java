package org.kuzet.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.identity.Subject;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.CaseDocument.ChargeDocument;
import org.kuzet.legalcase.CaseDocument.PartyDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.LegalArticle;

/**
 * A sheet of legal cases, one row each: the case's number, kind, court, place, the articles charged, the defendants
 * (recorded persons by key or name, as incidents take victims) and the stages a row has columns for — opened,
 * detained, arrested (a court's pre-trial detention), charged, trial started, and the verdict with its outcome and
 * sentence. Each article is charged against each defendant; each stage concerns every defendant. A row whose stages
 * its cells cannot say whole (a verdict without its date, a sentence without a verdict) is a problem of the cell,
 * never completed by a guess. The case's own service then checks it as it checks a form (known articles, a possible
 * order of the stages, a conviction's sentence).
 */
final class CaseRows extends RowKind<CaseDocument, LegalCases.Valid> {

    static final Field KEY = Field.of("key", "ключ", "кілт");
    static final Field KIND = Field.of("kind", "case kind", "kind of case", "type", "вид дела", "тип дела", "вид", "тип",
            "іс түрі", "түрі");
    static final Field NUMBER = Field.of("number", "case number", "case no.", "номер дела", "№ дела", "номер",
            "іс нөмірі", "нөмірі");
    static final Field TITLE_EN = Field.at("title.en", "title.en", "title", "title (en)", "title_en");
    static final Field TITLE_RU = Field.at("title.ru", "title.ru", "название", "название дела", "заголовок", "title (ru)",
            "title_ru");
    static final Field TITLE_KK = Field.at("title.kk", "title.kk", "атауы", "тақырып", "title (kk)", "title_kk");
    static final Field PLACE = Field.of("place", "место", "region", "регион", "область", "город", "city", "орны", "өңір");
    static final Field COURT = Field.at("court", "", "суд", "сот", "court name", "наименование суда");
    static final Field ARTICLES = Field.at("articles", "charges", "article", "статья", "статьи", "статьи обвинения",
            "бап", "баптар");
    static final Field DEFENDANTS = Field.at("defendants", "parties", "defendant", "accused", "обвиняемые", "обвиняемый",
            "подсудимые", "подсудимый", "фигуранты", "айыпталушы", "айыпталушылар", "сотталушы");
    static final Field OPENED = Field.at("opened", "", "case opened", "дата возбуждения", "возбуждено",
            "дело возбуждено", "іс қозғалды");
    static final Field DETAINED = Field.at("detained", "", "detention date", "задержан", "дата задержания", "ұсталды");
    static final Field ARRESTED = Field.at("arrested", "", "arrest date", "арестован", "дата ареста", "взят под стражу",
            "қамауға алынды");
    static final Field CHARGED = Field.at("charged", "", "charge date", "обвинение предъявлено",
            "дата предъявления обвинения", "айып тағылды");
    static final Field TRIAL = Field.at("trialStarted", "", "trial started", "trial", "начало суда",
            "дата начала суда", "сот басталды");
    static final Field VERDICT_DATE = Field.at("verdictDate", "", "verdict date", "date of verdict", "дата приговора",
            "приговор вынесен", "үкім күні");
    static final Field VERDICT = Field.at("verdict", "", "outcome", "приговор", "решение суда", "исход", "үкім", "шешім");
    static final Field SENTENCE = Field.at("sentence", "", "punishment", "наказание", "мера наказания", "жаза");
    static final Field SOURCES = Field.of("sources", "source", "источники", "источник", "дереккөздер", "дереккөз");
    static final Field CONFIDENTIALITY = Field.of("confidentiality", "конфиденциальность", "доступ", "құпиялылық");

    private static final List<Field> FIELDS = List.of(KEY, KIND, NUMBER, TITLE_EN, TITLE_RU, TITLE_KK, PLACE, COURT,
            ARTICLES, DEFENDANTS, OPENED, DETAINED, ARRESTED, CHARGED, TRIAL, VERDICT_DATE, VERDICT, SENTENCE, SOURCES,
            CONFIDENTIALITY);

    /**
     * The part of an article as sheets write it, before or after the number: "ч. 2", "part 1", or in brackets right
     * after the number, "405(1)" (a bracket elsewhere, such as a code's year "(2014)", is not a part).
     */
    private static final Pattern PART = Pattern.compile("(?iu)(?<!\\p{L})(?:part|ч\\.?|часть)\\s*(\\d+)"
            + "|(?<=\\d)\\((\\d+)\\)");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?|\\)");
    /** Words around an article's code and number that say nothing more: "ст.", "статья", "РК" (the one country). */
    private static final Pattern ARTICLE_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:ст\\.?|статья|статьи|art\\.?|"
            + "article|бап|бабы|рк|rk|қр)(?!\\p{L})");
    private static final Pattern NUMBER_FIRST = Pattern.compile("^\\s*([0-9]+(?:-[0-9]+)?)\\s*(\\p{L}+)\\s*$");

    private final LegalCases cases;

    CaseRows(LegalCases cases) {
        this.cases = cases;
    }

    @Override
    String name() {
        return "cases";
    }

    @Override
    List<Field> fields() {
        return FIELDS;
    }

    @Override
    RecordStore<CaseDocument, LegalCases.Valid, ?> store() {
        return cases;
    }

    @Override
    String records() {
        return "legal cases";
    }

    @Override
    CaseDocument document(Row row, CellValues values, Context context) {
        KeyResolver refs = cases.references();
        var title = localized(row, context, Map.of("en", TITLE_EN, "ru", TITLE_RU, "kk", TITLE_KK));
        List<String> defendants = new ArrayList<>();
        for (String written : row.list(DEFENDANTS)) {
            String key = recorded(row, DEFENDANTS, Subject.PERSON, written, context, refs);
            if (key != null && !defendants.contains(key)) {
                defendants.add(key);
            }
        }
        List<PartyDocument> parties = defendants.stream().map(d -> new PartyDocument(d, null, "defendant")).toList();
        List<ChargeDocument> charges = charges(row, values, defendants);
        String courtText = row.text(COURT);
        String court = courtText == null ? null
                : recorded(row, COURT, Subject.ORGANIZATION, courtText, context, refs);
        List<StageDocument> stages = stages(row, values, court);
        if (context.warns()) {
            warnIfCaseRecorded(row, charges, stages);
        }
        List<Citation> sources = row.list(SOURCES).stream().map(k -> new Citation(k, null, null)).toList();
        return new CaseDocument(null, null, row.text(KEY), values.code(row, KIND, "case_kind"), row.text(NUMBER), title,
                values.code(row, PLACE, "place"), parties, charges, stages,
                values.code(row, CONFIDENTIALITY, "confidentiality"), sources, null, null);
    }

    /**
     * A warning when a live case likely is the row's already: one with its number, or, when the row gives no number,
     * one charging a defendant of the row under an article of the row with a verdict on the row's verdict date.
     */
    private void warnIfCaseRecorded(Row row, List<ChargeDocument> charges, List<StageDocument> stages) {
        String number = row.text(NUMBER);
        if (number != null) {
            RowKind.warnIfRecorded(row, NUMBER, "legal case", "the same number", cases.keysWithNumber(number));
            return;
        }
        String verdictDate = stages.stream().filter(s -> "verdict".equals(s.kind())).map(StageDocument::date)
                .findFirst().orElse(null);
        if (verdictDate == null) {
            return;
        }
        for (ChargeDocument charge : charges) {
            if (charge.defendant() == null) {
                continue;
            }
            List<String> keys = cases.keysWithVerdict(charge.defendant(), charge.code(), charge.article(),
                    LocalDate.parse(verdictDate));
            if (!keys.isEmpty()) {
                RowKind.warnIfRecorded(row, DEFENDANTS, "legal case", "the same defendant (" + charge.defendant()
                        + "), article (" + charge.code() + " " + charge.article() + ") and verdict date", keys);
                return;
            }
        }
    }

    /** Each article of the cell charged against each defendant (or against the case, when it names none). */
    private static List<ChargeDocument> charges(Row row, CellValues values, List<String> defendants) {
        List<String[]> articles = new ArrayList<>();
        for (String written : row.list(ARTICLES)) {
            String[] article = article(row, values, written);
            if (article != null) {
                articles.add(article);
            }
        }
        List<ChargeDocument> charges = new ArrayList<>();
        for (String defendant : defendants.isEmpty() ? Collections.<String>singletonList(null) : defendants) {
            for (String[] a : articles) {
                charges.add(new ChargeDocument(defendant, a[0], a[1], a[2], null, null));
            }
        }
        return charges;
    }

    /**
     * An article as a sheet writes it — "CC 405", "УК 405", "УК РК 405", "ст. 405 УК", "ч. 2 ст. 174 УК РК",
     * "CC 405 part 1", "CC 405(1)" — read by the one rule of a typed reference ({@link LegalArticle#reference}) once
     * the part and the words around it are set aside, its code by the code or its label in any language: code,
     * number, part (or null); null with a problem of the cell when it is not one, or holds other bracketed text
     * ("ст. 174 УК РК (2014)": a code's year, never read as a part).
     */
    static String[] article(Row row, CellValues values, String written) {
        String rest = written;
        String part = null;
        Matcher m = PART.matcher(rest);
        if (m.find()) {
            part = m.group(1) != null ? m.group(1) : m.group(2);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        Matcher bracket = BRACKETED.matcher(rest);
        if (bracket.find()) {
            row.problem(ARTICLES, "'" + Row.abbreviate(written) + "': '" + Row.abbreviate(bracket.group()) + "' is not "
                    + "read: a part in brackets comes right after the article's number (\"405(1)\"), and a code's year "
                    + "is not a part (Kuzet records articles of the current codes); remove it or write the part so");
            return null;
        }
        rest = ARTICLE_WORDS.matcher(rest).replaceAll(" ").replaceAll("[,;]", " ").strip();
        Matcher numberFirst = NUMBER_FIRST.matcher(rest);
        if (numberFirst.matches()) {
            rest = numberFirst.group(2) + " " + numberFirst.group(1);
        }
        String[] reference = rest.isEmpty() ? null : LegalArticle.reference(rest);
        if (reference == null) {
            row.problem(ARTICLES, "'" + Row.abbreviate(written) + "' is not an article such as \"CC 405\", \"УК 405\" or "
                    + "\"ч. 2 ст. 174 УК РК\"");
            return null;
        }
        List<String> codes = values.candidates(row, ARTICLES, "legal_code", reference[0]);
        if (codes == null) {
            return null;
        }
        if (codes.size() != 1) {
            row.problem(ARTICLES, "'" + Row.abbreviate(written) + "': '" + reference[0] + "' is not a code of law "
                    + "(CC, AC, CPC, CONST, or their labels such as УК, КоАП, ҚК)");
            return null;
        }
        return new String[] {codes.getFirst(), reference[1], part};
    }

    /**
     * The stages of the row's columns, in the order they happen, each concerning every defendant; the court on the
     * stages a court decides. A stage's problems are shown in the column that gives its date; the verdict's outcome
     * and sentence in theirs.
     */
    private static List<StageDocument> stages(Row row, CellValues values, String court) {
        List<StageDocument> stages = new ArrayList<>();
        dated(row, values, stages, OPENED, "opened", null, null);
        dated(row, values, stages, DETAINED, "detained", null, null);
        dated(row, values, stages, ARRESTED, "measure_of_restraint", "pre_trial_detention", court);
        dated(row, values, stages, CHARGED, "charged", null, null);
        dated(row, values, stages, TRIAL, "trial_started", null, court);
        String outcome = values.code(row, VERDICT, "verdict_outcome");
        SheetSentences.Read sentence = SheetSentences.read(row, SENTENCE, values);
        DateWithPrecision verdictDate = values.date(row, VERDICT_DATE);
        if (row.text(VERDICT_DATE) != null && row.text(VERDICT) == null) {
            row.problem(VERDICT_DATE, "a verdict needs its outcome: fill the verdict column (convicted, acquitted…)");
        }
        if (row.text(VERDICT) != null && row.text(VERDICT_DATE) == null) {
            row.problem(VERDICT, "a verdict needs its date: fill the verdict date column");
        }
        if (row.text(SENTENCE) != null && row.text(VERDICT) == null) {
            row.problem(SENTENCE, "a sentence comes with a verdict: fill the verdict and its date, or empty the cell");
        }
        if ("convicted".equals(outcome) && row.text(SENTENCE) == null) {
            row.problem(SENTENCE, "a conviction needs its sentence: write it, or \"unknown\" when the sources do not "
                    + "state it");
        }
        if (verdictDate != null && outcome != null) {
            // the verdict as a whole (an acquittal that carries a sentence) is its outcome's column
            row.place("stages[" + stages.size() + "]", VERDICT);
            row.place("stages[" + stages.size() + "].date", VERDICT_DATE);
            row.place("stages[" + stages.size() + "].datePrecision", VERDICT_DATE);
            row.place("stages[" + stages.size() + "].sentence", SENTENCE);
            row.place("stages[" + stages.size() + "].sentenceUnknown", SENTENCE);
            row.place("stages[" + stages.size() + "].court", COURT);
            stages.add(new StageDocument("verdict", verdictDate.date().toString(), verdictDate.precision().code(), null,
                    court, null, null, null, null, null, null, outcome,
                    sentence == null || sentence.unknown() ? null : sentence.components(),
                    sentence != null && sentence.unknown() ? Boolean.TRUE : null, null, null, null, null));
        }
        boolean courtStage = row.text(ARRESTED) != null || row.text(TRIAL) != null || row.text(VERDICT_DATE) != null;
        if (court != null && !courtStage) {
            row.problem(COURT, "a court is recorded on the stage it decided: give the arrest, trial or verdict date it "
                    + "goes with");
        }
        return stages;
    }

    /** A stage of {@code kind} on the date of the cell, if it gives one. */
    private static void dated(Row row, CellValues values, List<StageDocument> stages, Field field, String kind,
                              String measure, String court) {
        DateWithPrecision date = values.date(row, field);
        if (date == null) {
            return;
        }
        row.place("stages[" + stages.size() + "]", field);
        row.place("stages[" + stages.size() + "].court", COURT);
        stages.add(new StageDocument(kind, date.date().toString(), date.precision().code(), null, court, null, null, null,
                measure, null, null, null, null, null, null, null, null, null));
    }
}
