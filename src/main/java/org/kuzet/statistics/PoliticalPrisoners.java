package org.kuzet.statistics;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.LegalStatusView;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.shared.Checker;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was a political prisoner on a given day.
 *
 * <p>A person is listed when, on the day:
 * <ol>
 *   <li>an assessment is in force that calls them a political prisoner, a prisoner of conscience or the target of a
 *       politically motivated prosecution. Each organisation's latest assessment dated on or before the day is the one
 *       in force for that organisation (a later "not a political prisoner" or "under review" by the same organisation
 *       replaces it; one organisation does not revoke another's); an assessment known only to the month counts from
 *       the 1st of that month;</li>
 *   <li>and their legal status, as {@link LegalStatuses} derives it from the stages of their cases (for all the
 *       persons assessed at once), is one of the
 *       asked statuses, by default every status that deprives of liberty: imprisonment, pre-trial detention, house
 *       arrest, forced psychiatric placement, restriction of freedom.</li>
 * </ol>
 * Everything is read under the reader's clearance: the public sees only persons who consented to publication and
 * whose records are public, and only public cases count towards their status. The confidential persons listed, and
 * the confidential cases and assessing organisations the list names, are audited as read, one entry per kind.
 */
@Service
public class PoliticalPrisoners {

    /** Deprivations of liberty listed by default. */
    public static final List<String> DEPRIVED_OF_LIBERTY = List.of("serving_imprisonment", "pre_trial_detention",
            "house_arrest", "psychiatric_placement", "serving_restriction_of_freedom");
    /** Every status that may be asked for: the default ones, short custody and administrative detention. */
    public static final List<String> STATUSES = List.of("serving_imprisonment", "pre_trial_detention", "house_arrest",
            "psychiatric_placement", "serving_restriction_of_freedom", "serving_administrative_detention", "detained");
    static final List<String> POLITICAL = List.of("political_prisoner", "prisoner_of_conscience",
            "politically_motivated_prosecution");

    private final JdbcClient db;
    private final LegalStatuses statuses;
    private final ApplicationEventPublisher events;

    public PoliticalPrisoners(JdbcClient db, LegalStatuses statuses, ApplicationEventPublisher events) {
        this.db = db;
        this.statuses = statuses;
        this.events = events;
    }

    /**
     * The list as the API asks for it: {@code asOf} YYYY-MM-DD (null: today), {@code statuses} codes (null or empty:
     * {@link #DEPRIVED_OF_LIBERTY}). Bad values are refused naming {@code asOf} or {@code status}.
     */
    @Transactional(readOnly = true)
    public PrisonerList asOf(String asOf, List<String> statuses) {
        return asOf(asOf, statuses, RequestLanguage.current().orElse("en"));
    }

    /** As {@link #asOf(String, List)}, sentences worded in {@code language}. */
    @Transactional(readOnly = true)
    public PrisonerList asOf(String asOf, List<String> statuses, String language) {
        Asked asked = asked(asOf, statuses);
        return asOf(asked.day(), asked.statuses(), language);
    }

    /** A day and the statuses asked for on it, checked. */
    public record Asked(LocalDate day, Set<String> statuses) {
    }

    /**
     * The day and statuses as the API asks for them, checked without reading the list: {@code asOf} YYYY-MM-DD (null:
     * today), {@code statuses} codes, repeated or comma-separated. Bad values are refused naming {@code asOf} or
     * {@code status}.
     */
    public static Asked asked(String asOf, List<String> statuses) {
        Checker check = Checker.rootAt("query");
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now() : check.at("asOf").date(asOf);
        Set<String> asked = new LinkedHashSet<>();
        for (String status : statuses == null ? List.<String>of() : statuses) {
            for (String code : status.split(",")) {
                if (!code.isBlank() && check.at("status").oneOf(code.trim(), STATUSES) != null) {
                    asked.add(code.trim());
                }
            }
        }
        check.throwIfProblems();
        return new Asked(day, asked);
    }

    /** The list on {@code day} for the statuses (empty: {@link #DEPRIVED_OF_LIBERTY}), in the request's language. */
    @Transactional(readOnly = true)
    public PrisonerList asOf(LocalDate day, Set<String> statuses) {
        return asOf(day, statuses, RequestLanguage.current().orElse("en"));
    }

    /** The list on {@code day} for the statuses (empty: {@link #DEPRIVED_OF_LIBERTY}), sentences worded in {@code language}. */
    @Transactional(readOnly = true)
    public PrisonerList asOf(LocalDate day, Set<String> statuses, String language) {
        List<String> wanted = statuses == null || statuses.isEmpty() ? DEPRIVED_OF_LIBERTY
                : STATUSES.stream().filter(statuses::contains).toList();
        String lang = List.of("en", "ru", "kk").contains(language) ? language : "en";
        record Candidate(long id, String key, String name) {
        }
        List<Candidate> candidates = db.sql("""
                select p.id, p.key, p.name from person p
                where p.deleted_at is null and exists (select 1 from assessment a where a.person_id = p.id
                    and a.date <= :day and a.conclusion in (:political))""")
                .param("day", day).param("political", POLITICAL).query(Candidate.class).list();
        // the assessments of all the candidates at once, not a query per person
        Map<Long, List<PrisonerList.Assessment>> inForceOf = assessmentsInForce(
                candidates.stream().map(Candidate::id).toList(), day);
        Map<Candidate, List<PrisonerList.Assessment>> assessed = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            List<PrisonerList.Assessment> inForce = inForceOf.getOrDefault(candidate.id, List.of());
            if (!inForce.isEmpty()) {
                assessed.put(candidate, inForce);
            }
        }
        // the legal statuses of all the assessed at once, from one read of their cases' stages
        Map<String, LegalStatusView.Status> statusOf = this.statuses.statusesOn(
                assessed.keySet().stream().map(Candidate::key).toList(), day);
        List<Candidate> listed = assessed.keySet().stream()
                .filter(c -> wanted.contains(statusOf.get(c.key).kind())).toList();
        // the articles and cases of all the listed at once
        List<Long> listedIds = listed.stream().map(Candidate::id).toList();
        Map<Long, List<PrisonerList.Article>> articlesOf = articles(listedIds, lang);
        Map<Long, List<PrisonerList.CaseRef>> casesOf = cases(listedIds, lang);
        List<PrisonerList.Prisoner> prisoners = new ArrayList<>();
        for (Candidate candidate : listed) {
            List<PrisonerList.Assessment> inForce = assessed.get(candidate);
            LegalStatusView.Status status = statusOf.get(candidate.key);
            List<PrisonerList.SentencePart> sentence = status.sentence() == null ? List.of()
                    : status.sentence().stream().map(c -> new PrisonerList.SentencePart(c.kind(), c.duration(),
                            c.amount(), c.currency(),
                            SentenceWords.component(c.kind(), c.duration(), c.amount(), c.currency(), lang))).toList();
            prisoners.add(new PrisonerList.Prisoner(candidate.key, candidate.name, status.kind(), status.since(),
                    status.sincePrecision(), status.inCustodySince(), articlesOf.getOrDefault(candidate.id, List.of()),
                    sentence, SentenceWords.sentence(sentence), status.expectedEnd(), status.expectedEndPrecision(),
                    inForce, casesOf.getOrDefault(candidate.id, List.of())));
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        prisoners.sort(Comparator.comparing(PrisonerList.Prisoner::name, collator).thenComparing(PrisonerList.Prisoner::person));
        ConfidentialReads shown = new ConfidentialReads();
        for (PrisonerList.Prisoner p : prisoners) {
            shown.shown("person", p.person())
                    .shown("legal_case", p.cases().stream().map(PrisonerList.CaseRef::key).toList())
                    .shown("organization", p.assessments().stream().map(PrisonerList.Assessment::organization).toList());
        }
        shown.audit(db, events);
        return new PrisonerList(day.toString(), wanted, prisoners.size(), List.copyOf(prisoners));
    }

    /** Ids per query: far below the bind parameters a statement may have. */
    private static final int BATCH = 1000;

    /**
     * For each person, per assessing organisation, its latest assessment on or before the day, if that one is a
     * political one; persons without any are absent.
     */
    private Map<Long, List<PrisonerList.Assessment>> assessmentsInForce(List<Long> personIds, LocalDate day) {
        record Row(long person, String organization, String assessedBy, String conclusion, LocalDate date,
                   String datePrecision) {
        }
        Map<Long, Map<String, Row>> latest = new LinkedHashMap<>();
        for (List<Long> batch : batches(personIds)) {
            db.sql("""
                    select a.person_id as person, o.key as organization,
                           coalesce(o.name, a.assessed_by_text) as assessed_by, a.conclusion, a.date, a.date_precision
                    from assessment a left join organization o on o.id = a.assessed_by_id
                    where a.person_id in (:persons) and a.date <= :day
                    order by a.person_id, a.date, a.position""").param("persons", batch).param("day", day)
                    .query(Row.class).list().forEach(row -> {
                        // an organisation the reader may not see still has its say: keyed by what is visible, else "unnamed"
                        String by = row.organization != null ? "o:" + row.organization
                                : row.assessedBy != null ? "t:" + row.assessedBy : "unnamed";
                        Map<String, Row> ofPerson = latest.computeIfAbsent(row.person, k -> new LinkedHashMap<>());
                        ofPerson.remove(by);
                        ofPerson.put(by, row);
                    });
        }
        Map<Long, List<PrisonerList.Assessment>> result = new HashMap<>();
        latest.forEach((person, rows) -> {
            List<PrisonerList.Assessment> inForce = rows.values().stream().filter(r -> POLITICAL.contains(r.conclusion))
                    .map(r -> new PrisonerList.Assessment(r.organization, r.assessedBy, r.conclusion, r.date.toString(),
                            r.datePrecision))
                    .toList();
            if (!inForce.isEmpty()) {
                result.put(person, inForce);
            }
        });
        return result;
    }

    /** The articles each person is charged under, in the cases where they are a defendant. */
    private Map<Long, List<PrisonerList.Article>> articles(List<Long> personIds, String lang) {
        Map<Long, List<PrisonerList.Article>> result = new HashMap<>();
        for (List<Long> batch : batches(personIds)) {
            db.sql("""
                    select distinct pa.person_id, a.code, a.article, x.part,
                           coalesce(x.label->>:lang, kuzet_label(:lang, a.label_en, a.label_ru, a.label_kk)) as label
                    from charge x join legal_article a on a.id = x.article_id
                    join legal_case c on c.id = x.case_id and c.deleted_at is null
                    join case_party pa on pa.case_id = c.id and pa.person_id in (:persons) and pa.role in (:defendantRoles)
                    where (x.defendant_id is null or x.defendant_id = pa.person_id) and x.status in ('brought', 'convicted')
                    order by pa.person_id, a.code, a.article, x.part""")
                    .param("persons", batch).param("lang", lang).param("defendantRoles", LegalCases.DEFENDANT_ROLES)
                    .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PrisonerList.Article(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5))))
                    .list();
        }
        return result;
    }

    /** The live cases in which each person is a defendant, by key. */
    private Map<Long, List<PrisonerList.CaseRef>> cases(List<Long> personIds, String lang) {
        Map<Long, List<PrisonerList.CaseRef>> result = new HashMap<>();
        for (List<Long> batch : batches(personIds)) {
            db.sql("""
                    select distinct pa.person_id, c.key, kuzet_text(c.title, :lang) as title, c.number
                    from legal_case c join case_party pa on pa.case_id = c.id
                    where pa.person_id in (:persons) and pa.role in (:defendantRoles) and c.deleted_at is null
                    order by pa.person_id, c.key""").param("persons", batch).param("lang", lang)
                    .param("defendantRoles", LegalCases.DEFENDANT_ROLES)
                    .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PrisonerList.CaseRef(rs.getString(2), rs.getString(3), rs.getString(4),
                                    "/api/v1/cases/" + rs.getString(2), "/cases/" + rs.getString(2))))
                    .list();
        }
        return result;
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
