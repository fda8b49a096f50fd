package org.kuzet.statistics;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
        Map<Candidate, List<PrisonerList.Assessment>> assessed = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            List<PrisonerList.Assessment> inForce = assessmentsInForce(candidate.id, day);
            if (!inForce.isEmpty()) {
                assessed.put(candidate, inForce);
            }
        }
        // the legal statuses of all the assessed at once, from one read of their cases' stages
        Map<String, LegalStatusView.Status> statusOf = this.statuses.statusesOn(
                assessed.keySet().stream().map(Candidate::key).toList(), day);
        List<PrisonerList.Prisoner> prisoners = new ArrayList<>();
        for (Map.Entry<Candidate, List<PrisonerList.Assessment>> entry : assessed.entrySet()) {
            Candidate candidate = entry.getKey();
            List<PrisonerList.Assessment> inForce = entry.getValue();
            LegalStatusView.Status status = statusOf.get(candidate.key);
            if (!wanted.contains(status.kind())) {
                continue;
            }
            List<PrisonerList.SentencePart> sentence = status.sentence() == null ? List.of()
                    : status.sentence().stream().map(c -> new PrisonerList.SentencePart(c.kind(), c.duration(),
                            c.amount(), c.currency(),
                            SentenceWords.component(c.kind(), c.duration(), c.amount(), c.currency(), lang))).toList();
            prisoners.add(new PrisonerList.Prisoner(candidate.key, candidate.name, status.kind(), status.since(),
                    status.sincePrecision(), status.inCustodySince(), articles(candidate.id, lang), sentence,
                    SentenceWords.sentence(sentence), status.expectedEnd(), status.expectedEndPrecision(), inForce,
                    cases(candidate.id, lang)));
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

    /** Per assessing organisation, its latest assessment on or before the day, if that one is a political one. */
    private List<PrisonerList.Assessment> assessmentsInForce(long personId, LocalDate day) {
        record Row(String organization, String assessedBy, String conclusion, LocalDate date, String datePrecision) {
        }
        List<Row> rows = db.sql("""
                select o.key as organization, coalesce(o.name, a.assessed_by_text) as assessed_by, a.conclusion,
                       a.date, a.date_precision
                from assessment a left join organization o on o.id = a.assessed_by_id
                where a.person_id = :person and a.date <= :day
                order by a.date, a.position""").param("person", personId).param("day", day).query(Row.class).list();
        Map<String, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            // an organisation the reader may not see still has its say: keyed by what is visible, else "unnamed"
            String by = row.organization != null ? "o:" + row.organization
                    : row.assessedBy != null ? "t:" + row.assessedBy : "unnamed";
            latest.remove(by);
            latest.put(by, row);
        }
        return latest.values().stream().filter(r -> POLITICAL.contains(r.conclusion))
                .map(r -> new PrisonerList.Assessment(r.organization, r.assessedBy, r.conclusion, r.date.toString(),
                        r.datePrecision))
                .toList();
    }

    private List<PrisonerList.Article> articles(long personId, String lang) {
        return db.sql("""
                select distinct a.code, a.article, x.part,
                       coalesce(x.label->>:lang, kuzet_label(:lang, a.label_en, a.label_ru, a.label_kk)) as label
                from charge x join legal_article a on a.id = x.article_id
                join legal_case c on c.id = x.case_id and c.deleted_at is null
                join case_party pa on pa.case_id = c.id and pa.person_id = :person and pa.role in (:defendantRoles)
                where (x.defendant_id is null or x.defendant_id = :person) and x.status in ('brought', 'convicted')
                order by a.code, a.article, x.part""")
                .param("person", personId).param("lang", lang).param("defendantRoles", LegalCases.DEFENDANT_ROLES)
                .query(PrisonerList.Article.class).list();
    }

    private List<PrisonerList.CaseRef> cases(long personId, String lang) {
        return db.sql("""
                select distinct c.key, kuzet_text(c.title, :lang) as title, c.number
                from legal_case c join case_party pa on pa.case_id = c.id
                where pa.person_id = :person and pa.role in (:defendantRoles) and c.deleted_at is null
                order by c.key""").param("person", personId).param("lang", lang)
                .param("defendantRoles", LegalCases.DEFENDANT_ROLES)
                .query((rs, n) -> new PrisonerList.CaseRef(rs.getString(1), rs.getString(2), rs.getString(3),
                        "/api/v1/cases/" + rs.getString(1), "/cases/" + rs.getString(1)))
                .list();
    }
}
