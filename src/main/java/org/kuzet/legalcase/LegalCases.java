package org.kuzet.legalcase;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.legalcase.CaseDocument.ChargeDocument;
import org.kuzet.legalcase.CaseDocument.PartyDocument;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.shared.Bounds;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordFilter;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal cases of the record: criminal, administrative and civil proceedings, followed from the
 * opening to release.
 *
 * <p>Stages are kept in date order: on every write they are sorted by date, stages of the same date
 * in the logical order of one day ({@link StageKind#sameDayOrder()}: opened, summoned, search, detained,
 * charged, measures, trial, verdict, sentence change, appeal, release, …), and stages of the same date
 * and kind in the order they were given. Parties and charges keep the order they were given.
 *
 * <p>Besides the checks of each property, every stage must be one that the domain model accepts
 * ({@link Stage}, {@link Sentence}, {@link SentenceComponent}), so that whatever is stored can be read
 * back into a person's legal status.
 */
@Service
public class LegalCases extends RecordStore<CaseDocument, LegalCases.Valid, LegalCases.Filter> {

    public static final List<String> KINDS = List.of("criminal", "administrative", "civil");
    static final List<String> PARTY_ROLES = List.of("defendant", "plaintiff", "claimant", "respondent", "victim", "witness");
    /** The roles of the parties whose legal status a case decides (a respondent is the defendant of a civil case). */
    public static final List<String> DEFENDANT_ROLES = List.of("defendant", "respondent");
    static final List<String> CHARGE_STATUSES = List.of("brought", "dropped", "convicted", "acquitted");
    static final List<String> STAGE_KINDS = codes(StageKind.values(), StageKind::code);
    static final List<String> MEASURES = codes(Measure.values(), Measure::code);
    static final List<String> VERDICT_OUTCOMES = codes(VerdictOutcome.values(), VerdictOutcome::code);
    static final List<String> APPEAL_OUTCOMES = codes(AppealOutcome.values(), AppealOutcome::code);
    static final List<String> SENTENCE_CHANGES = codes(SentenceChange.values(), SentenceChange::code);
    static final List<String> RELEASE_REASONS = codes(ReleaseReason.values(), ReleaseReason::code);
    static final List<String> SENTENCE_KINDS = SentenceKind.CODES;
    static final Set<String> STAGES_WITH_DURATION = StageKind.withProperty("duration");
    static final Set<String> STAGES_WITH_MEASURE = StageKind.withProperty("measure");
    static final Set<String> STAGES_WITH_SENTENCE = StageKind.withProperty("sentence");

    private static final int TITLE_LENGTH = 2000;
    private static final int NOTE_LENGTH = 10000;
    private static final int NAME_LENGTH = 500;
    private static final Pattern PART = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
    private static final Pattern ARTICLE = Pattern.compile("^[0-9]+(-[0-9]+)?$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,16}(\\.[0-9]{1,2})?$");
    private static final Pattern REGIME = Pattern.compile("^[a-z][a-z0-9_]{0,49}$");
    private static final int LOAD_BATCH = 1000;
    private static final Pattern STAGE_PATH = Pattern.compile("^\\$\\.stages\\[(\\d+)]");

    /** By date, then in the logical order of one day ({@link StageKind#sameDayOrder()}); a stable sort keeps the rest. */
    private static final Comparator<ValidStage> DATE_ORDER = Comparator
            .comparing((ValidStage s) -> s.date.date())
            .thenComparingInt(s -> StageKind.fromCode(s.doc.kind()).sameDayOrder());

    private final Vocabularies vocabularies;
    private final Citations citations;

    public LegalCases(JdbcClient db, Vocabularies vocabularies, Citations citations) {
        super(db, "legal_case", "c", "legal case", "case");
        this.vocabularies = vocabularies;
        this.citations = citations;
    }

    /**
     * What a list of cases may be narrowed to; every filter is optional: of a person (key), under an article
     * ("CC-405", or code and article), of a kind, matching q. Cases come by key.
     */
    public record Filter(String person, String code, String article, String kind, String q) implements RecordFilter {

        @Override
        public FilterQuery toQuery() {
            StringBuilder where = new StringBuilder("c.deleted_at is null");
            Map<String, Object> params = new HashMap<>();
            if (person != null) {
                where.append(" and exists (select 1 from case_party cp join person p on p.id = cp.person_id"
                        + " where cp.case_id = c.id and p.key = :person)");
                params.put("person", person);
            }
            String code = this.code;
            String article = this.article;
            if (code == null && article != null) {
                int dash = article.indexOf('-');
                if (dash < 1) {
                    throw InvalidInputException.of("article", "give the article as CODE-ARTICLE, e.g. CC-405, or give code as well");
                }
                code = article.substring(0, dash);
                article = article.substring(dash + 1);
            }
            if (code != null) {
                if (!Vocabularies.LEGAL_CODES.contains(code)) {
                    throw InvalidInputException.of("code", "'" + code + "' is not one of " + String.join(", ", Vocabularies.LEGAL_CODES));
                }
                where.append(" and exists (select 1 from charge ch join legal_article a on a.id = ch.article_id"
                        + " where ch.case_id = c.id and a.code = :code" + (article == null ? "" : " and a.article = :article") + ")");
                params.put("code", code);
                if (article != null) {
                    params.put("article", article);
                }
            }
            if (kind != null) {
                if (!KINDS.contains(kind)) {
                    throw InvalidInputException.of("kind", "'" + kind + "' is not one of " + String.join(", ", KINDS));
                }
                where.append(" and c.kind = :kind");
                params.put("kind", kind);
            }
            if (q != null && !q.isBlank()) {
                where.append(" and (c.key ilike :q or c.number ilike :q or c.title::text ilike :q)");
                params.put("q", FilterQuery.containing(q));
            }
            return new FilterQuery(where.toString(), "c.key", params);
        }
    }

    /** What a page shows of a case it refers to: its number, kind and title. */
    public record Summary(String number, String kind, LocalizedText title) {
    }

    /** The live cases with these keys that the reader may see, by key. */
    @Transactional(readOnly = true)
    public Map<String, Summary> summariesOf(Collection<String> keys) {
        return byKeys(keys, "number, kind, title::text", (rs, n) -> new Summary(rs.getString(2), rs.getString(3),
                rs.getString(4) == null ? null : Json.localized(rs.getString(4))));
    }

    /**
     * The keys of up to five live cases with this number (case and spaces around it aside) that the reader may see:
     * a sheet's row of a case already recorded is warned of, never merged.
     */
    @Transactional(readOnly = true)
    public List<String> keysWithNumber(String number) {
        if (number == null || number.isBlank()) {
            return List.of();
        }
        return seen(db.sql("""
                select key from legal_case where deleted_at is null and lower(btrim(number)) = lower(?)
                order by key limit 5""").param(number.strip()).query(String.class).list());
    }

    /**
     * The keys of up to five live cases the reader may see that charge this person under this article and have a
     * verdict on this day: a sheet's row of a case without a number that is likely recorded already.
     */
    @Transactional(readOnly = true)
    public List<String> keysWithVerdict(String defendant, String code, String article, LocalDate verdictDate) {
        return seen(db.sql("""
                select c.key from legal_case c where c.deleted_at is null
                    and exists (select 1 from charge ch join legal_article a on a.id = ch.article_id
                        join person p on p.id = ch.defendant_id
                        where ch.case_id = c.id and p.key = :person and a.code = :code and a.article = :article)
                    and exists (select 1 from case_stage s where s.case_id = c.id and s.kind = 'verdict'
                        and s.date = :date)
                order by c.key limit 5""").param("person", defendant).param("code", code).param("article", article)
                .param("date", verdictDate).query(String.class).list());
    }

    /** The keys read again through byKeys, which audits the confidential ones a warning will name. */
    private List<String> seen(List<String> keys) {
        return byKeys(keys, "1", (rs, n) -> Boolean.TRUE).keySet().stream().sorted().toList();
    }

    /** The keys of the live cases in which the person is a defendant (or respondent), that the reader may see. */
    @Transactional(readOnly = true)
    public List<String> keysAsDefendant(String personKey) {
        return db.sql("""
                select c.key from legal_case c where c.deleted_at is null and exists (select 1 from case_party cp
                    join person p on p.id = cp.person_id where cp.case_id = c.id and p.key = :person
                    and cp.role in (:roles))
                order by c.key""").param("person", personKey).param("roles", DEFENDANT_ROLES).query(String.class).list();
    }

    /** The keys of the live cases in which the person is a party, in any role, that the reader may see. */
    @Transactional(readOnly = true)
    public List<String> keysOfParty(String personKey) {
        return db.sql("""
                select c.key from legal_case c where c.deleted_at is null and exists (select 1 from case_party cp
                    join person p on p.id = cp.person_id where cp.case_id = c.id and p.key = ?) order by c.key""")
                .param(personKey).query(String.class).list();
    }

    /**
     * The stages of a case not saved yet, as the model reads those whose every property is right and which can come
     * where they do; the rest is left out. What a preview of the legal status replays while the case is entered.
     */
    @Transactional(readOnly = true)
    List<Stage> acceptedStages(CaseDocument draft) {
        Checker check = Checker.root();
        Valid v = check(check, draft, draft.key(), references());
        Set<Integer> refused = new HashSet<>();
        check.problems().forEach(p -> stageIndex(p.path()).ifPresent(refused::add));
        return v.stages.stream().filter(s -> s.model != null && !refused.contains(s.index)).map(s -> s.model).toList();
    }

    /** The index of the stage a problem's path points into ({@code $.stages[3].date} → 3). */
    private static Optional<Integer> stageIndex(String path) {
        Matcher m = STAGE_PATH.matcher(path);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    @Override
    protected long insert(CaseDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "legal_case",
                "key, kind, number, title, place_id, confidentiality, created_by, updated_by",
                "?, ?, ?, cast(? as jsonb), ?, ?, ?, ?",
                keyFor(doc), doc.kind(), doc.number(), Json.write(doc.title()), v.placeId, v.confidentiality, userId,
                userId);
        insertParts(id, v);
        return id;
    }

    /** Replaces the case's parties, charges and stages as a whole too. */
    @Override
    protected void overwrite(long id, CaseDocument doc, Valid v) {
        db.sql("""
                update legal_case set kind = ?, number = ?, title = cast(? as jsonb), place_id = ?, confidentiality = ?
                where id = ?""")
                .params(doc.kind(), doc.number(), Json.write(doc.title()), v.placeId, v.confidentiality, id)
                .update();
        List<Long> oldStages = db.sql("select id from case_stage where case_id = ?").param(id).query(Long.class).list();
        citations.deleteAll("case_stage", oldStages);
        db.sql("delete from case_stage where case_id = ?").param(id).update();
        db.sql("delete from charge where case_id = ?").param(id).update();
        db.sql("delete from case_party where case_id = ?").param(id).update();
        insertParts(id, v);
    }

    /** Checks a case beyond its key; {@code refs} resolves the keys of persons, organisations and sources. */
    @Override
    protected Valid check(Checker at, CaseDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        if (at.at("kind").required(doc.kind())) {
            at.at("kind").oneOf(doc.kind(), KINDS);
        }
        at.at("number").text(doc.number(), NAME_LENGTH);
        at.at("title").localized(doc.title(), TITLE_LENGTH, false);
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("no place '" + doc.place() + "' (see GET /api/v1/vocabularies/places)");
            }
        }
        Map<String, Long> partyPersons = parties(at.at("parties"), doc.parties(), refs, v);
        charges(at.at("charges"), doc.charges(), partyPersons, v);
        stages(at.at("stages"), doc.stages(), key == null ? "new-case" : key, partyPersons, refs, v);
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), k -> refs.id("source", k));
        return v;
    }

    /** Checks the parties; answers the person parties by key (id null when the person is unknown). */
    private Map<String, Long> parties(Checker at, List<PartyDocument> parties, KeyResolver refs, Valid v) {
        Map<String, Long> persons = new HashMap<>();
        if (!within(at, parties)) {
            return persons;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Checker c = at.at(i);
            PartyDocument party = parties.get(i);
            if (party == null) {
                c.problem("must not be null");
                continue;
            }
            String role = c.at("role").required(party.role()) ? c.at("role").oneOf(party.role(), PARTY_ROLES) : null;
            Long personId = null;
            Long organizationId = null;
            if (party.person() != null && party.organization() != null) {
                c.problem("a party is a person or an organization, not both");
            } else if (party.person() == null && party.organization() == null) {
                c.problem("a party needs a person or an organization");
            } else if (party.person() != null) {
                personId = resolve(c.at("person"), party.person(), "person", refs);
                persons.putIfAbsent(party.person(), personId);
            } else {
                organizationId = resolve(c.at("organization"), party.organization(), "organization", refs);
            }
            String who = party.person() != null ? "person:" + party.person() : "organization:" + party.organization();
            if (role != null && !seen.add(who + "/" + role)) {
                c.problem("'" + abbreviate(party.person() != null ? party.person() : party.organization())
                        + "' is already a party in the role " + role);
            }
            v.parties.add(new ValidParty(personId, organizationId, role));
        }
        return persons;
    }

    private void charges(Checker at, List<ChargeDocument> charges, Map<String, Long> partyPersons, Valid v) {
        if (!within(at, charges)) {
            return;
        }
        for (int i = 0; i < charges.size(); i++) {
            Checker c = at.at(i);
            ChargeDocument charge = charges.get(i);
            if (charge == null) {
                c.problem("must not be null");
                continue;
            }
            Long defendantId = charge.defendant() == null ? null : party(c.at("defendant"), charge.defendant(), partyPersons);
            Long articleId = article(c, charge.code(), charge.article());
            if (charge.part() != null && !PART.matcher(charge.part()).matches()) {
                c.at("part").problem("'" + abbreviate(charge.part()) + "' is not a part number such as 1 or 2.1");
            }
            c.at("label").localized(charge.label(), TITLE_LENGTH, false);
            String status = c.at("status").oneOf(charge.status() == null ? "brought" : charge.status(), CHARGE_STATUSES);
            v.charges.add(new ValidCharge(defendantId, articleId, charge.part(), charge.label(), status));
        }
    }

    private Long article(Checker c, String code, String article) {
        boolean codeGiven = c.at("code").required(code) && c.at("code").oneOf(code, Vocabularies.LEGAL_CODES) != null;
        if (!c.at("article").required(article)) {
            return null;
        }
        if (!ARTICLE.matcher(article).matches()) {
            c.at("article").problem("'" + abbreviate(article) + "' is not an article number such as 405 or 73-3");
            return null;
        }
        if (!codeGiven) {
            return null;
        }
        Optional<Long> id = vocabularies.articleId(code, article);
        if (id.isEmpty()) {
            c.at("article").problem("no article " + code + " " + article + " in the vocabulary (see GET "
                    + "/api/v1/vocabularies/articles): the case form can propose it, with the offence as written");
        }
        return id.orElse(null);
    }

    private void stages(Checker at, List<StageDocument> stages, String caseKey, Map<String, Long> partyPersons,
                        KeyResolver refs, Valid v) {
        if (!within(at, stages)) {
            return;
        }
        for (int i = 0; i < stages.size(); i++) {
            Checker c = at.at(i);
            StageDocument stage = stages.get(i);
            if (stage == null) {
                c.problem("must not be null");
                continue;
            }
            int problemsBefore = c.problems().size();
            ValidStage valid = stage(c, i, stage, partyPersons, refs);
            if (c.problems().size() == problemsBefore) {
                acceptedByTheModel(c, valid, caseKey);
            }
            v.stages.add(valid);
        }
        possibleSequence(at, v.stages);
    }

    private ValidStage stage(Checker c, int index, StageDocument stage, Map<String, Long> partyPersons, KeyResolver refs) {
        ValidStage s = new ValidStage(index, stage);
        String kind = c.at("kind").required(stage.kind()) ? c.at("kind").oneOf(stage.kind(), STAGE_KINDS) : null;
        s.date = c.dateWithPrecision("date", stage.date(), "datePrecision", stage.datePrecision(), true);
        if (stage.person() != null) {
            s.personId = party(c.at("person"), stage.person(), partyPersons);
        }
        if (stage.court() != null) {
            s.courtId = resolve(c.at("court"), stage.court(), "organization", refs);
        }
        c.at("courtText").text(stage.courtText(), NAME_LENGTH);
        c.at("judge").text(stage.judge(), NAME_LENGTH);
        c.at("note").localized(stage.note(), NOTE_LENGTH, false);
        s.citations = citations.validate(c.at("sources"), stage.sources(), k -> refs.id("source", k));
        if (kind == null) {
            return s;
        }
        onlyFor(c, "duration", stage.duration(), kind, STAGES_WITH_DURATION);
        c.at("duration").duration(stage.duration());
        if (onlyFor(c, "measure", stage.measure(), kind, STAGES_WITH_MEASURE)) {
            if (kind.equals("measure_of_restraint")) {
                c.at("measure").required(stage.measure());
            }
            c.at("measure").oneOf(stage.measure(), MEASURES);
        }
        if (onlyFor(c, "endDate", stage.endDate(), kind, StageKind.withProperty("endDate"))) {
            s.endDate = c.dateWithPrecision("endDate", stage.endDate(), "endDatePrecision", stage.endDatePrecision(), false);
            if (s.endDate != null && s.date != null && s.endDate.date().isBefore(s.date.date())) {
                c.at("endDate").problem(stage.endDate() + " is before the stage's date " + stage.date());
            }
        } else {
            onlyFor(c, "endDatePrecision", stage.endDatePrecision(), kind, StageKind.withProperty("endDate"));
        }
        switch (kind) {
            case "verdict" -> kindValue(c, "outcome", stage.outcome(), kind, VERDICT_OUTCOMES);
            case "appeal" -> kindValue(c, "outcome", stage.outcome(), kind, APPEAL_OUTCOMES);
            default -> onlyFor(c, "outcome", stage.outcome(), kind, StageKind.withProperty("outcome"));
        }
        if (kind.equals("sentence_change")) {
            kindValue(c, "change", stage.change(), kind, SENTENCE_CHANGES);
        } else {
            onlyFor(c, "change", stage.change(), kind, StageKind.withProperty("change"));
        }
        if (kind.equals("release")) {
            kindValue(c, "reason", stage.reason(), kind, RELEASE_REASONS);
        } else {
            onlyFor(c, "reason", stage.reason(), kind, StageKind.withProperty("reason"));
        }
        sentenceStated(c, kind, stage);
        if (onlyFor(c, "sentence", stage.sentence(), kind, STAGES_WITH_SENTENCE) && within(c.at("sentence"), stage.sentence())) {
            for (int j = 0; j < stage.sentence().size(); j++) {
                ValidComponent component = component(c.at("sentence").at(j), stage.sentence().get(j));
                if (component != null) {
                    s.sentence.add(component);
                }
            }
        }
        return s;
    }

    /**
     * A conviction states its sentence, or says that the source does not give it ({@code sentenceUnknown}): a sentence
     * is never left out by oversight, since the legal status and the prisoner list are derived from it.
     */
    private static void sentenceStated(Checker c, String kind, StageDocument stage) {
        boolean unknown = Boolean.TRUE.equals(stage.sentenceUnknown());
        boolean given = stage.sentence() != null && !stage.sentence().isEmpty();
        boolean conviction = kind.equals("verdict") && "convicted".equals(stage.outcome());
        if (unknown && !conviction) {
            c.at("sentenceUnknown").problem("applies only to a verdict that convicts");
        } else if (unknown && given) {
            c.at("sentenceUnknown").problem("a sentence is given: either give it or say it is unknown, not both");
        } else if (conviction && !given && !unknown) {
            c.at("sentence").problem("a conviction needs its sentence: give its parts, or say that the source does not"
                    + " state it (sentenceUnknown)");
        }
    }

    private ValidComponent component(Checker c, SentenceComponentDocument component) {
        if (component == null) {
            c.problem("must not be null");
            return null;
        }
        String kind = c.at("kind").required(component.kind()) ? c.at("kind").oneOf(component.kind(), SENTENCE_KINDS) : null;
        if (kind != null && SentenceKind.fromCode(kind).requiresDuration() && component.duration() == null) {
            c.at("duration").problem("is required for " + kind + " (an ISO-8601 duration such as P1Y6M)");
        }
        c.at("duration").duration(component.duration());
        if (component.regime() != null) {
            if (kind != null && !kind.equals("imprisonment")) {
                c.at("regime").problem("applies only to imprisonment");
            } else if (!REGIME.matcher(component.regime()).matches()) {
                c.at("regime").problem("'" + abbreviate(component.regime()) + "' is not a regime code such as general or strict");
            }
        }
        BigDecimal amount = null;
        if (kind != null && SentenceKind.fromCode(kind).requiresAmount()) {
            c.at("amount").required(component.amount());
            c.at("currency").required(component.currency());
        } else if (component.amount() != null && component.currency() == null) {
            c.at("currency").problem("is required with an amount");
        } else if (component.amount() == null && component.currency() != null) {
            c.at("amount").problem("is required with a currency");
        }
        if (component.amount() != null) {
            if (AMOUNT.matcher(component.amount()).matches()) {
                amount = new BigDecimal(component.amount());
            } else {
                c.at("amount").problem("'" + abbreviate(component.amount())
                        + "' is not an amount such as 55560 or 84832.50 (digits, at most two decimals)");
            }
        }
        if (component.currency() != null && !CURRENCY.matcher(component.currency()).matches()) {
            c.at("currency").problem("'" + abbreviate(component.currency()) + "' is not an ISO 4217 currency code such as KZT");
        }
        c.at("note").localized(component.note(), NOTE_LENGTH, false);
        return new ValidComponent(component, amount);
    }

    /**
     * A stage whose every property passed its check must also be a {@link Stage} of the domain model, which knows
     * more combinations than a property alone: a sentence only with a conviction or a changed term, a measure
     * ending after it begins, positive terms, one term per punishment, an amount only on money punishments.
     */
    private static void acceptedByTheModel(Checker c, ValidStage s, String caseKey) {
        StageDocument d = s.doc;
        Sentence sentence = null;
        if (d.sentence() != null && !d.sentence().isEmpty()) {
            List<SentenceComponent> components = new ArrayList<>();
            for (int j = 0; j < d.sentence().size(); j++) {
                SentenceComponentDocument cd = d.sentence().get(j);
                try {
                    components.add(new SentenceComponent(SentenceKind.fromCode(cd.kind()), period(cd.duration()),
                            s.sentence.get(j).amount(), cd.currency(), cd.regime()));
                } catch (IllegalArgumentException e) {
                    c.at("sentence").at(j).problem(e.getMessage());
                }
            }
            if (components.size() < d.sentence().size()) {
                return;
            }
            try {
                sentence = new Sentence(components);
            } catch (IllegalArgumentException e) {
                c.at("sentence").problem(e.getMessage());
                return;
            }
        }
        StageKind kind = StageKind.fromCode(d.kind());
        try {
            s.model = new Stage(caseKey, kind, s.date, s.endDate, period(d.duration()),
                    d.measure() == null ? null : Measure.fromCode(d.measure()),
                    kind == StageKind.VERDICT ? VerdictOutcome.fromCode(d.outcome()) : null,
                    kind == StageKind.APPEAL ? AppealOutcome.fromCode(d.outcome()) : null,
                    d.change() == null ? null : SentenceChange.fromCode(d.change()),
                    d.reason() == null ? null : ReleaseReason.fromCode(d.reason()),
                    sentence, d.person());
        } catch (IllegalArgumentException e) {
            c.problem(e.getMessage());
        }
    }

    private static Period period(String duration) {
        return duration == null ? null : Period.parse(duration);
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    /** Stages that cannot come where they do ({@link StageSequence}), reported at each; only stages the model accepted. */
    private static void possibleSequence(Checker stagesAt, List<ValidStage> stages) {
        List<ValidStage> modelled = stages.stream().filter(s -> s.model != null).toList();
        for (StageSequence.Problem p : StageSequence.problems(modelled.stream().map(s -> s.model).toList())) {
            ValidStage s = modelled.get(p.index());
            stagesAt.at(s.index).at(p.property()).problem(p.reason());
        }
    }

    /** Reports {@code value} given on a stage kind it does not belong to; true when it may be there. */
    private static boolean onlyFor(Checker c, String property, Object value, String kind, Set<String> kinds) {
        if (kinds.contains(kind)) {
            return true;
        }
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            c.at(property).problem("does not apply to a " + kind + " stage (only to "
                    + String.join(", ", STAGE_KINDS.stream().filter(kinds::contains).toList()) + ")");
        }
        return false;
    }

    /** A value that a stage of {@code kind} requires, from the list for that kind. */
    private static void kindValue(Checker c, String property, String value, String kind, List<String> allowed) {
        if (value == null) {
            c.at(property).problem("is required for a " + kind + " stage (one of " + String.join(", ", allowed) + ")");
        } else if (!allowed.contains(value)) {
            c.at(property).problem("'" + abbreviate(value) + "' is not an " + property + " of a " + kind
                    + " stage: one of " + String.join(", ", allowed));
        }
    }

    /** A person named in a charge or a stage: they must be a party of the case. */
    private static Long party(Checker c, String key, Map<String, Long> partyPersons) {
        if (!partyPersons.containsKey(key)) {
            c.problem("'" + abbreviate(key) + "' is not a party of the case: add the person to parties");
            return null;
        }
        return partyPersons.get(key);
    }

    private static Long resolve(Checker c, String key, String table, KeyResolver refs) {
        if (c.key(key) == null) {
            return null;
        }
        Optional<Long> id = refs.id(table, key);
        if (id.isEmpty()) {
            c.problem("no " + table + " '" + key + "'");
        }
        return id.orElse(null);
    }

    private static boolean within(Checker c, List<?> items) {
        return items != null && Bounds.within(c, items);
    }

    private void insertParts(long caseId, Valid v) {
        for (int i = 0; i < v.parties.size(); i++) {
            ValidParty p = v.parties.get(i);
            PartRows.write(db, "insert into case_party (case_id, position, person_id, organization_id, role) values (?, ?, ?, ?, ?)",
                    caseId, i, p.personId(), p.organizationId(), p.role());
        }
        for (int i = 0; i < v.charges.size(); i++) {
            ValidCharge c = v.charges.get(i);
            PartRows.write(db, """
                    insert into charge (case_id, position, defendant_id, article_id, part, label, status)
                    values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""",
                    caseId, i, c.defendantId(), c.articleId(), c.part(), Json.write(c.label()), c.status());
        }
        List<ValidStage> ordered = new ArrayList<>(v.stages);
        ordered.sort(DATE_ORDER);
        for (int i = 0; i < ordered.size(); i++) {
            ValidStage s = ordered.get(i);
            StageDocument d = s.doc;
            long stageId = PartRows.insert(db, "case_stage",
                    """
                    case_id, position, kind, date, date_precision, end_date, end_date_precision, person_id, court_id,
                    court_text, judge, measure, duration, outcome, sentence_unknown, change, reason, note""",
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)",
                    caseId, i, d.kind(), s.date.date(), s.date.precision().code(),
                    s.endDate == null ? null : s.endDate.date(),
                    s.endDate == null ? null : s.endDate.precision().code(), s.personId, s.courtId, d.courtText(),
                    d.judge(), d.measure(), d.duration(), d.outcome(), Boolean.TRUE.equals(d.sentenceUnknown()),
                    d.change(), d.reason(), Json.write(d.note()));
            for (int j = 0; j < s.sentence.size(); j++) {
                ValidComponent c = s.sentence.get(j);
                SentenceComponentDocument cd = c.doc();
                PartRows.write(db, """
                        insert into sentence_component (stage_id, position, kind, duration, amount, currency, regime, note)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""",
                        stageId, j, cd.kind(), cd.duration(), c.amount(), cd.currency(), cd.regime(), Json.write(cd.note()));
            }
            citations.replace("case_stage", stageId, s.citations);
        }
        citations.replace("legal_case", caseId, v.citations);
    }

    /** The cases with these ids, whole. */
    @Override
    protected List<CaseDocument> load(List<Long> ids) {
        Map<Long, List<PartyDocument>> parties = new HashMap<>();
        db.sql("""
                select cp.case_id, p.key as person, o.key as organization, cp.role from case_party cp
                left join person p on p.id = cp.person_id left join organization o on o.id = cp.organization_id
                where cp.case_id in (:ids) order by cp.case_id, cp.position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("case_id"),
                        new PartyDocument(rs.getString("person"), rs.getString("organization"), rs.getString("role"))))
                .list()
                .forEach(e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<ChargeDocument>> charges = new HashMap<>();
        db.sql("""
                select ch.case_id, d.key as defendant, a.code, a.article, ch.part, ch.label::text as label, ch.status
                from charge ch join legal_article a on a.id = ch.article_id left join person d on d.id = ch.defendant_id
                where ch.case_id in (:ids) order by ch.case_id, ch.position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("case_id"), new ChargeDocument(rs.getString("defendant"),
                        rs.getString("code"), rs.getString("article"), rs.getString("part"),
                        Json.localized(rs.getString("label")), rs.getString("status"))))
                .list()
                .forEach(e -> charges.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<StageDocument>> stages = stages(ids);
        Map<Long, List<Citation>> sources = citations.of("legal_case", ids);
        return db.sql("""
                select c.id, c.version, c.key, c.kind, c.number, c.title::text as title, pl.code as place, c.confidentiality,
                       c.created_at, c.updated_at
                from legal_case c left join place pl on pl.id = c.place_id where c.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> caseRow(rs, parties, charges, stages, sources))
                .list();
    }

    private Map<Long, List<StageDocument>> stages(List<Long> caseIds) {
        record Row(long id, long caseId, StageColumns stage) {
        }
        List<Row> rows = db.sql("""
                select s.id, s.case_id, s.kind, s.date, s.date_precision, s.end_date, s.end_date_precision, p.key as person,
                       o.key as court, s.court_text, s.judge, s.duration, s.measure, s.outcome, s.sentence_unknown, s.change,
                       s.reason, s.note::text as note
                from case_stage s left join person p on p.id = s.person_id left join organization o on o.id = s.court_id
                where s.case_id in (:ids) order by s.case_id, s.position""")
                .param("ids", caseIds)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("case_id"), StageColumns.of(rs)))
                .list();
        List<Long> stageIds = rows.stream().map(Row::id).toList();
        Map<Long, List<SentenceComponentDocument>> sentences = new HashMap<>();
        Map<Long, List<Citation>> sources = new HashMap<>();
        for (int from = 0; from < stageIds.size(); from += LOAD_BATCH) {
            List<Long> batch = stageIds.subList(from, Math.min(stageIds.size(), from + LOAD_BATCH));
            db.sql("""
                    select stage_id, kind, duration, regime, amount, currency, note::text as note from sentence_component
                    where stage_id in (:ids) order by stage_id, position""")
                    .param("ids", batch)
                    .query((rs, n) -> Map.entry(rs.getLong("stage_id"), new SentenceComponentDocument(rs.getString("kind"),
                            rs.getString("duration"), rs.getString("regime"), amount(rs.getBigDecimal("amount")),
                            rs.getString("currency"), Json.localized(rs.getString("note")))))
                    .list()
                    .forEach(e -> sentences.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            sources.putAll(citations.of("case_stage", batch));
        }
        Map<Long, List<StageDocument>> byCase = new LinkedHashMap<>();
        for (Row row : rows) {
            StageColumns r = row.stage();
            byCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(new StageDocument(r.kind, r.date, r.datePrecision,
                    r.person, r.court, r.courtText, r.judge, r.duration, r.measure, r.endDate, r.endDatePrecision, r.outcome,
                    sentences.get(row.id()), r.sentenceUnknown ? Boolean.TRUE : null, r.change, r.reason, r.note, sources.get(row.id())));
        }
        return byCase;
    }

    /** The columns of one stage row, read before its sentence and citations are known. */
    private record StageColumns(String kind, String date, String datePrecision, String endDate, String endDatePrecision,
                             String person, String court, String courtText, String judge, String duration, String measure,
                             String outcome, boolean sentenceUnknown, String change, String reason, LocalizedText note) {

        static StageColumns of(ResultSet rs) throws SQLException {
            return new StageColumns(rs.getString("kind"), isoDate(rs, "date"), rs.getString("date_precision"),
                    isoDate(rs, "end_date"), rs.getString("end_date_precision"), rs.getString("person"), rs.getString("court"),
                    rs.getString("court_text"), rs.getString("judge"), rs.getString("duration"), rs.getString("measure"),
                    rs.getString("outcome"), rs.getBoolean("sentence_unknown"), rs.getString("change"), rs.getString("reason"),
                    Json.localized(rs.getString("note")));
        }
    }

    private static CaseDocument caseRow(ResultSet rs, Map<Long, List<PartyDocument>> parties,
                                        Map<Long, List<ChargeDocument>> charges, Map<Long, List<StageDocument>> stages,
                                        Map<Long, List<Citation>> sources) throws SQLException {
        long id = rs.getLong("id");
        return new CaseDocument(id, rs.getInt("version"), rs.getString("key"), rs.getString("kind"), rs.getString("number"),
                Json.localized(rs.getString("title")), rs.getString("place"), parties.get(id), charges.get(id), stages.get(id),
                rs.getString("confidentiality"), sources.get(id), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Amounts as the bundle writes them: "55560", "84832.5" — no trailing zeros from numeric(18, 2). */
    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static String isoDate(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /** A checked case with its keys and codes resolved. */
    public static final class Valid {
        Long placeId;
        String confidentiality;
        final List<ValidParty> parties = new ArrayList<>();
        final List<ValidCharge> charges = new ArrayList<>();
        final List<ValidStage> stages = new ArrayList<>();
        List<Citations.Resolved> citations = List.of();
    }

    record ValidParty(Long personId, Long organizationId, String role) {
    }

    record ValidCharge(Long defendantId, Long articleId, String part, LocalizedText label, String status) {
    }

    /** A checked stage; {@code index} is its place in the input, where its problems are reported. */
    static final class ValidStage {
        final int index;
        final StageDocument doc;
        DateWithPrecision date;
        DateWithPrecision endDate;
        /** The stage as the domain model reads it, once every property passed its check. */
        Stage model;
        Long personId;
        Long courtId;
        final List<ValidComponent> sentence = new ArrayList<>();
        List<Citations.Resolved> citations = List.of();

        ValidStage(int index, StageDocument doc) {
            this.index = index;
            this.doc = doc;
        }
    }

    record ValidComponent(SentenceComponentDocument doc, BigDecimal amount) {
    }
}
