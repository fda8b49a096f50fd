package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kuzet.legalcase.CaseDocument.ChargeDocument;
import org.kuzet.legalcase.CaseDocument.PartyDocument;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.CaseDraft;
import org.kuzet.legalcase.PunishmentWords;
import org.kuzet.legalcase.SentenceKind;
import org.kuzet.legalcase.StageKind;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.LegalArticle;

/**
 * A legal case as its form sends it: the case, its defendants (picked, or typed as new persons), other parties kept
 * as they are, charges and stages as rows, each stage with only the fields its kind takes, terms written in years,
 * months and days, and dates as precisely as they are known. Everything typed comes back unchanged when the form has
 * problems.
 *
 * @param pageLanguage  the page's language: the title and notes are written in it, their other translations kept
 * @param defendants    persons picked as defendants, by key
 * @param newDefendants names of defendants not yet in the record, one a line
 * @param parties       the other parties (plaintiffs, witnesses, organisations…), kept with the role chosen
 * @param incident      the incident the case was opened from, when it was
 */
public record CaseForm(String kind, String number, String title, String pageLanguage, String place,
                       List<String> defendants, String newDefendants, List<PartyRow> parties, List<ChargeRow> charges,
                       List<StageRow> stages, List<String> sources, String confidentiality, String incident) {

    /** Where the form shows the problems of the case's check, by their paths. */
    static final FormFields FIELDS = FormFields.positional()
            .field("stages[].datePrecision", "stages[].date")
            .field("stages[].endDatePrecision", "stages[].endDate")
            .field("stages[].sources", "stages[].sources")
            .field("sources", "sources")
            .field("charges[].code", "charges[].article")
            .field("charges[].label", "charges[].label")
            .field("parties", "defendants")
            .field("newDefendants", "newDefendants");

    public CaseForm {
        pageLanguage = pageLanguage == null || !Languages.CODES.contains(pageLanguage) ? "en" : pageLanguage;
        kind = blank(kind) == null ? "criminal" : kind;
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
        defendants = clean(defendants);
        sources = clean(sources);
        parties = FormRows.filled(parties, PartyRow::isEmpty);
        charges = FormRows.filled(charges, ChargeRow::isEmpty);
        stages = FormRows.filled(stages, StageRow::isEmpty);
    }

    /** Another party than a defendant. */
    public record PartyRow(String person, String organization, String role) {

        boolean isEmpty() {
            return blank(person) == null && blank(organization) == null;
        }
    }

    /**
     * A charge: the article as written ("CC 405"), its part, against whom ({@code null}: every defendant).
     *
     * @param offence the offence as the source writes it, in the page's language (the charge's label)
     * @param propose the article is not in the vocabulary yet: propose it, with the offence as its label
     * @param origin which stored charge this row shows ({@link #originOf}): while its article stays the same, the save
     *               keeps the label's other translations
     */
    public record ChargeRow(String defendant, String article, String part, String status, String offence,
                            Boolean propose, String origin) {

        /** Nothing typed or picked (the status is a choice that always has one). */
        boolean isEmpty() {
            return blank(defendant) == null && blank(article) == null && blank(part) == null && blank(offence) == null
                    && !Boolean.TRUE.equals(propose);
        }
    }

    /**
     * A stage; of its fields only those its kind takes ({@link StageKind#properties()}) are read.
     *
     * @param sources keys of the sources for this stage, separated by spaces or commas
     * @param court   the court, an organisation of the record, when one was picked (by key)
     * @param origin  which stored stage this row shows ({@link #originOf}), whose note translations, end-date
     *                precision, punishments' notes and citations' locators the save keeps
     */
    public record StageRow(String kind, String date, Boolean approximate, String person, String measure,
                           String years, String months, String days, String endDate, String verdictOutcome,
                           String appealOutcome, String change, String reason, Boolean sentenceUnknown,
                           List<ComponentRow> sentence, String court, String courtText, String judge, String note,
                           String sources, String origin) {

        public StageRow {
            sentence = FormRows.filled(sentence, ComponentRow::isEmpty);
        }

        boolean isEmpty() {
            return Stream.of(kind, date, person, measure, years, months, days, endDate, verdictOutcome, appealOutcome,
                    change, reason, court, courtText, judge, note, sources).allMatch(v -> blank(v) == null)
                    && !Boolean.TRUE.equals(sentenceUnknown) && sentence.isEmpty();
        }

        /** Whether the row's kind takes the property; a row of no kind yet shows every field. */
        public boolean takes(String property) {
            return kind == null || kind.isBlank() || StageKind.withProperty(property).contains(kind);
        }
    }

    /** One part of a sentence: its kind, a term in years, months and days, or a sum. */
    public record ComponentRow(String kind, String years, String months, String days, String amount, String currency,
                               String regime) {

        /** Nothing typed or chosen (the currency is filled in beforehand). */
        boolean isEmpty() {
            return Stream.of(kind, years, months, days, amount, regime).allMatch(v -> blank(v) == null);
        }
    }

    /** The prison regimes a form offers (Kazakhstan's security levels, then the regimes other codes name). */
    public static final List<String> REGIMES = List.of("minimum", "medium", "maximum", "extraordinary",
            "colony_settlement", "general", "strict", "special");

    /** An empty stage, charge and punishment: what "Add a row" adds. */
    public static final StageRow NEW_STAGE = new StageRow(null, null, false, null, null, null, null, null, null, null,
            null, null, null, false, List.of(), null, null, null, null, null, null);
    public static final ChargeRow NEW_CHARGE = new ChargeRow(null, null, null, "brought", null, false, null);
    public static final ComponentRow NEW_COMPONENT = new ComponentRow(null, null, null, null, null, "KZT", null);

    static CaseForm empty(String pageLanguage) {
        return new CaseForm(null, null, null, pageLanguage, null, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), null, null);
    }

    /** A new case against these persons (a person's "Open a case", an incident's victims), opened from an incident. */
    static CaseForm against(List<String> defendants, List<ChargeRow> charges, String incident, String pageLanguage) {
        return new CaseForm(null, null, null, pageLanguage, null, defendants, null, List.of(), charges, List.of(),
                List.of(), null, incident);
    }

    /** The form filled from a stored case: its texts in its title's language, every stage with its fields. */
    static CaseForm of(CaseDocument doc, String pageLanguage) {
        String language = doc.title() == null ? pageLanguage : doc.title().original();
        List<String> defendants = new ArrayList<>();
        List<PartyRow> others = new ArrayList<>();
        for (PartyDocument p : list(doc.parties())) {
            if (p.person() != null && "defendant".equals(p.role())) {
                defendants.add(p.person());
            } else {
                others.add(new PartyRow(p.person(), p.organization(), p.role()));
            }
        }
        List<ChargeRow> charges = new ArrayList<>();
        for (int i = 0; i < list(doc.charges()).size(); i++) {
            ChargeDocument c = doc.charges().get(i);
            charges.add(new ChargeRow(c.defendant(), c.code() + " " + c.article(), c.part(), c.status(),
                    c.label() == null ? null : FormTexts.in(c.label(), c.label().original()), false, originOf(c)));
        }
        List<StageRow> stages = new ArrayList<>();
        for (int i = 0; i < list(doc.stages()).size(); i++) {
            stages.add(stageRow(doc.stages().get(i)));
        }
        return new CaseForm(doc.kind(), doc.number(), doc.title() == null ? null : doc.title().texts().get(language),
                language, doc.place(), defendants, null, others, charges, stages,
                list(doc.sources()).stream().map(Citation::source).toList(), doc.confidentiality(), null);
    }

    /** A stored stage as its row shows it; its note in the note's own language, where the save writes it back. */
    private static StageRow stageRow(StageDocument s) {
        String[] term = term(s.duration());
        List<ComponentRow> sentence = new ArrayList<>();
        for (SentenceComponentDocument c : list(s.sentence())) {
            String[] t = term(c.duration());
            sentence.add(new ComponentRow(c.kind(), t[0], t[1], t[2], c.amount(), c.currency(), c.regime()));
        }
        boolean verdict = "verdict".equals(s.kind());
        return new StageRow(s.kind(), FormDates.shown(s.date(), s.datePrecision()), "approximate".equals(s.datePrecision()),
                s.person(), s.measure(), term[0], term[1], term[2], FormDates.shown(s.endDate(), s.endDatePrecision()),
                verdict ? s.outcome() : null, "appeal".equals(s.kind()) ? s.outcome() : null, s.change(), s.reason(),
                s.sentenceUnknown(), sentence, s.court(), s.courtText(), s.judge(),
                s.note() == null ? null : FormTexts.in(s.note(), s.note().original()),
                String.join(" ", list(s.sources()).stream().map(Citation::source).toList()), originOf(s));
    }

    /**
     * The case this form describes, with its new defendants; for an edit, {@code stored} gives the key, and what the
     * form does not show (translations, courts picked from the record, citations' locators), which a save keeps.
     * Problems of the form's own fields (a date or a term that is not one) go to {@code check}.
     */
    CaseDraft toDraft(CaseDocument stored, Integer version, Checker check) {
        List<PartyDocument> parties = new ArrayList<>();
        defendants.forEach(d -> parties.add(new PartyDocument(d, null, "defendant")));
        for (PartyRow p : this.parties) {
            parties.add(new PartyDocument(blank(p.person()), blank(p.organization()), blank(p.role())));
        }
        List<ChargeDocument> storedCharges = new ArrayList<>(list(stored == null ? null : stored.charges()));
        List<ChargeDocument> charges = new ArrayList<>();
        for (int i = 0; i < this.charges.size(); i++) {
            ChargeRow row = this.charges.get(i);
            ChargeDocument before = FormRows.taken(storedCharges, CaseForm::originOf, row.origin());
            charges.add(charge(row, before, check.at("charges").at(i)));
        }
        List<StageDocument> storedStages = new ArrayList<>(list(stored == null ? null : stored.stages()));
        List<StageDocument> stages = new ArrayList<>();
        for (int i = 0; i < this.stages.size(); i++) {
            StageRow row = this.stages.get(i);
            StageDocument before = FormRows.taken(storedStages, CaseForm::originOf, row.origin());
            stages.add(stage(row, before, check.at("stages").at(i)));
        }
        LocalizedText storedTitle = stored == null ? null : stored.title();
        CaseDocument legalCase = new CaseDocument(null, version, stored == null ? null : stored.key(), kind, blank(number),
                text(title, storedTitle), blank(place), parties, charges, stages, confidentiality,
                citations(sources, stored == null ? List.of() : list(stored.sources())), null, null);
        // internal like every new record (who may be named publicly is decided on the person's record), confidential
        // with a confidential case: a defendant's name must not be readable beyond the case that names them
        String personConfidentiality = "confidential".equals(confidentiality) ? "confidential" : "internal";
        List<PersonDocument> newPersons = newDefendantNames().stream()
                .map(name -> new PersonDocument(null, null, null, name, null, null, null, null, null, null, null, null,
                        null, null, personConfidentiality, null, null, null))
                .toList();
        List<CaseDraft.ArticleProposal> proposals = new ArrayList<>();
        for (int i = 0; i < this.charges.size(); i++) {
            ChargeRow row = this.charges.get(i);
            ChargeDocument charge = charges.get(i);
            if (Boolean.TRUE.equals(row.propose()) && charge.code() != null) {
                proposals.add(new CaseDraft.ArticleProposal(i, charge.code(), charge.article(), blank(row.offence())));
            }
        }
        return new CaseDraft(legalCase, newPersons, proposals);
    }

    /** The case as entered so far, under the key of the case being edited (none for a new one): for a preview. */
    CaseDocument toPreview(String key) {
        return toDraft(null, null, Checker.root()).legalCase().withKey(key);
    }

    /** The names of the new defendants, one a line. */
    List<String> newDefendantNames() {
        return newDefendants == null ? List.of()
                : newDefendants.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A charge; {@code before} is the stored charge the row shows, whose label stays while the article does. */
    private ChargeDocument charge(ChargeRow row, ChargeDocument before, Checker at) {
        String[] ref = article(row.article(), at.at("article"), true);
        boolean sameArticle = before != null && Objects.equals(before.code(), ref[0]) && Objects.equals(before.article(), ref[1]);
        return new ChargeDocument(blank(row.defendant()), ref[0], ref[1], blank(row.part()),
                text(row.offence(), sameArticle ? before.label() : null), blank(row.status()));
    }

    /** The code and number of an article as typed ("CC 405", "ak-488"); a problem at {@code at} when it is not one. */
    static String[] article(String typed, Checker at, boolean required) {
        if (blank(typed) == null) {
            if (required) {
                at.problem("is required (such as CC 405)");
            }
            return new String[2];
        }
        String[] reference = LegalArticle.reference(typed);
        if (reference == null) {
            at.problem("'" + typed.strip() + "' is not an article such as CC 405 or AC 488");
            return new String[2];
        }
        return new String[] {reference[0].toUpperCase(Locale.ROOT), reference[1]};
    }

    /** A stage; {@code before} is the stored stage the row shows, whose parts the form does not show stay. */
    private StageDocument stage(StageRow row, StageDocument before, Checker at) {
        String[] date = FormDates.parse(row.date(), row.approximate(), at.at("date"));
        // an approximate end date the form shows as a day stays approximate while it is not changed
        boolean endApproximate = before != null && "approximate".equals(before.endDatePrecision())
                && Objects.equals(blank(row.endDate()), before.endDate());
        String[] endDate = row.takes("endDate") ? FormDates.parse(row.endDate(), endApproximate, at.at("endDate"))
                : new String[2];
        String duration = row.takes("duration") ? term(row.years(), row.months(), row.days(), at.at("duration")) : null;
        List<SentenceComponentDocument> sentence = new ArrayList<>();
        if (row.takes("sentence")) {
            List<SentenceComponentDocument> storedParts = new ArrayList<>(list(before == null ? null : before.sentence()));
            for (int j = 0; j < row.sentence().size(); j++) {
                ComponentRow c = row.sentence().get(j);
                SentenceComponentDocument part = component(c, at.at("sentence").at(j));
                // the note of a stored punishment of the same kind stays (the form does not show notes)
                SentenceComponentDocument storedPart = FormRows.taken(storedParts, SentenceComponentDocument::kind,
                        blank(c.kind()));
                sentence.add(storedPart == null || storedPart.note() == null ? part
                        : new SentenceComponentDocument(part.kind(), part.duration(), part.regime(), part.amount(),
                                part.currency(), storedPart.note()));
            }
        }
        String outcome = "verdict".equals(row.kind()) ? blank(row.verdictOutcome())
                : "appeal".equals(row.kind()) ? blank(row.appealOutcome()) : null;
        return new StageDocument(blank(row.kind()), date[0], date[1], blank(row.person()),
                blank(row.court()), blank(row.courtText()), blank(row.judge()), duration,
                row.takes("measure") ? blank(row.measure()) : null, endDate[0], endDate[1], outcome, sentence,
                row.takes("sentenceUnknown") && Boolean.TRUE.equals(row.sentenceUnknown()) ? Boolean.TRUE : null,
                row.takes("change") ? blank(row.change()) : null, row.takes("reason") ? blank(row.reason()) : null,
                text(row.note(), before == null ? null : before.note()),
                citations(keys(row.sources()), before == null ? List.of() : list(before.sources())));
    }

    /** A punishment as its row gives it: the term from years, months and days, the sum as people write it. */
    static SentenceComponentDocument component(ComponentRow c, Checker at) {
        SentenceKind kind = sentenceKind(c.kind());
        // only the fields the punishment's kind takes: a term left typed in a row turned into a fine is not sent
        boolean term = kind == null || kind.allowsDuration();
        boolean money = kind == null || kind.requiresAmount();
        String amount = money ? amount(c.amount()) : null;
        return new SentenceComponentDocument(blank(c.kind()), term ? term(c.years(), c.months(), c.days(), at.at("duration"))
                : null, kind == SentenceKind.IMPRISONMENT ? blank(c.regime()) : null, amount,
                amount == null ? null : upper(c.currency()), null);
    }

    private static SentenceKind sentenceKind(String code) {
        return SentenceKind.CODES.contains(blank(code)) ? SentenceKind.fromCode(code.strip()) : null;
    }

    /** A term from its years, months and days ("P1Y6M"); {@code null} when none is given. */
    private static String term(String years, String months, String days, Checker at) {
        StringBuilder iso = new StringBuilder("P");
        boolean any = false;
        for (String[] part : new String[][] {{years, "Y"}, {months, "M"}, {days, "D"}}) {
            String value = blank(part[0]);
            if (value == null) {
                continue;
            }
            if (!value.matches("[0-9]{1,4}")) {
                at.problem("'" + value + "' is not a whole number of " + switch (part[1]) {
                    case "Y" -> "years";
                    case "M" -> "months";
                    default -> "days";
                });
                return null;
            }
            if (Integer.parseInt(value) > 0) {
                iso.append(Integer.parseInt(value)).append(part[1]);
                any = true;
            }
        }
        return any ? iso.toString() : null;
    }

    /** A stored term as the form writes it: years, months and days ("P1Y6M" → 1, 6, empty). */
    private static String[] term(String iso) {
        String[] parts = new String[3];
        if (iso == null) {
            return parts;
        }
        Matcher m = Pattern.compile("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$").matcher(iso);
        if (m.matches()) {
            parts[0] = m.group(1);
            parts[1] = m.group(2);
            int days = (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) * 7)
                    + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            parts[2] = days == 0 ? null : String.valueOf(days);
        }
        return parts;
    }

    /** "55 560", "84 832,50": a sum as people write it, spaces and a decimal comma allowed. */
    private static String amount(String typed) {
        return PunishmentWords.amount(typed);
    }

    /** The text typed, in the stored text's own language (the page's for a new one); its translations kept. */
    private LocalizedText text(String typed, LocalizedText stored) {
        return FormTexts.replaced(stored, stored != null ? stored.original() : pageLanguage, typed);
    }

    /**
     * Citations of these sources: the stored citations of each (a source may be cited twice, at two pages), with their
     * claims and locators, then a citation of each source new to the list.
     */
    private static List<Citation> citations(List<String> keys, List<Citation> stored) {
        List<Citation> citations = new ArrayList<>(stored.stream().filter(c -> keys.contains(c.source())).toList());
        keys.stream().filter(k -> citations.stream().noneMatch(c -> k.equals(c.source())))
                .forEach(k -> citations.add(new Citation(k, null, null)));
        return citations;
    }

    private static List<String> keys(String typed) {
        return typed == null ? List.of() : List.of(typed.strip().split("[\\s,;]+")).stream().filter(k -> !k.isEmpty())
                .distinct().toList();
    }

    /**
     * What identifies a stored stage or charge to the row that shows it, by its content rather than its position, so
     * that the row still finds it (or, when it was changed meanwhile, finds nothing) after someone else saved the case.
     */
    static String originOf(StageDocument s) {
        return String.join("|", s.kind(), s.date(), Objects.toString(s.person(), ""));
    }

    static String originOf(ChargeDocument c) {
        return String.join("|", c.code(), c.article(), Objects.toString(c.part(), ""), Objects.toString(c.defendant(), ""));
    }

    private static String upper(String value) {
        return blank(value) == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> clean(List<String> keys) {
        return keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The label of each part of the form, by the last property of a problem's field. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("kind", "case.kind"),
            Map.entry("number", "case.number"), Map.entry("title", "caseForm.title"), Map.entry("place", "case.place"),
            Map.entry("defendants", "caseForm.defendants"), Map.entry("newDefendants", "caseForm.newDefendants"),
            Map.entry("sources", "entry.sources"), Map.entry("incident", "record.incident"),
            Map.entry("confidentiality", "record.confidentiality"), Map.entry("charges", "case.charges"),
            Map.entry("stages", "case.stages"), Map.entry("date", "caseForm.date"), Map.entry("person", "caseForm.concerns"),
            Map.entry("measure", "caseForm.measure"), Map.entry("duration", "caseForm.duration"),
            Map.entry("endDate", "caseForm.endDate"), Map.entry("outcome", "caseForm.outcome"),
            Map.entry("change", "caseForm.change"), Map.entry("reason", "caseForm.reason"),
            Map.entry("sentence", "caseForm.sentence"), Map.entry("sentenceUnknown", "caseForm.sentence"),
            Map.entry("courtText", "caseForm.court"), Map.entry("judge", "caseForm.judge"),
            Map.entry("article", "caseForm.article"), Map.entry("part", "caseForm.part"),
            Map.entry("defendant", "caseForm.against"), Map.entry("status", "caseForm.chargeStatus"),
            Map.entry("amount", "caseForm.amount"), Map.entry("currency", "caseForm.currency"),
            Map.entry("regime", "caseForm.regime"), Map.entry("label", "caseForm.offence"));

    /** Where a problem is, in the words of the form: "Stage 3 · Punishment 1 · Term" for stages[2].sentence[0].duration. */
    public static String problemLabel(Page page, String field) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("(stages|charges|sentence)\\[(\\d+)]").matcher(field);
        while (m.find()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            parts.add(page.t(switch (m.group(1)) {
                case "stages" -> "caseForm.stageN";
                case "charges" -> "caseForm.chargeN";
                default -> "caseForm.componentN";
            }, n));
        }
        String last = field.replaceAll(".*[.\\]]", "");
        boolean component = field.matches(".*sentence\\[\\d+]\\.kind$");
        String label = component ? "caseForm.component" : field.matches("stages\\[\\d+]\\.kind") ? "caseForm.stageKind"
                : LABELS.get(last.isEmpty() ? field : last);
        if (label != null) {
            parts.add(page.t(label));
        }
        return parts.isEmpty() ? field : String.join(" · ", parts);
    }

    /** The stage kinds whose rows show {@code property}: for the page to show a field only where it applies. */
    public static String kindsWith(String property) {
        return String.join(" ", new TreeSet<>(StageKind.withProperty(property)));
    }
}
