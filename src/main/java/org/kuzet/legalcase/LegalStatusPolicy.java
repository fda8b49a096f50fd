package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.kuzet.shared.DateWithPrecision;

/**
 * Answers "what was this person's legal status on a given day?" from the dated stages of their legal cases.
 *
 * <p>Give it the stages that concern one person, from every case in which they are a defendant: stages naming them and
 * stages naming nobody (which apply to every defendant). Each case is replayed on its own, then on every day the most
 * restrictive status of any case is the person's status ({@link LegalStatus.Kind} is declared in that order).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Order.</b> Stages are taken in date order (an imprecise date counts from its earliest day); stages of the
 *       same date in the logical order of {@link StageKind#sameDayOrder()}, then as recorded.</li>
 *   <li><b>Imprecise dates.</b> A status known only as "from February 2020" applies from 1 February and says so: its
 *       {@code since} keeps the month precision. Computed dates keep the precision of their inputs where honest
 *       ("January 2020" plus one year is "January 2021") and are otherwise approximate.</li>
 *   <li><b>Police custody</b> ({@code detained}) lasts its stated duration, else the 72-hour maximum, unless a measure
 *       of restraint, a verdict or a release ends it first, or a later stage shows it lasted into a prison sentence
 *       (see <i>Sentences the record does not give</i>). It does not make the person a suspect by itself.</li>
 *   <li><b>Measures of restraint</b> last until their end date, their duration, {@code measure_lifted}, a verdict or a
 *       release; the same measure imposed again while in force is an extension (same {@code since}). Once free of them
 *       the person remains a suspect until verdict, dropped charges or closure.</li>
 *   <li><b>Psychiatric placement</b> lasts until {@code psychiatric_release}, a release, or its duration.</li>
 *   <li><b>Sentences.</b> Imprisonment and administrative detention are served in custody from the verdict; a person
 *       already held is imprisoned from the verdict and {@code inCustodySince} keeps the day the custody began.
 *       Restriction of freedom is served at liberty ({@code SERVING_RESTRICTION_OF_FREEDOM}); probation, suspended
 *       sentences, forced labour and bans alone are {@code SERVING_NON_CUSTODIAL_SENTENCE}; a fine alone leaves the
 *       person free (released, if they were held).</li>
 *   <li><b>Expected end</b> of a sentence = verdict date + term − custody credit. The credit is every day the person was
 *       held in this case before the verdict (police custody, pre-trial detention, psychiatric placement), one day for
 *       one day, for imprisonment, administrative detention and restriction of freedom alike (CC Art. 61 equates a day
 *       of imprisonment with a day of restriction of freedom). Only certain days are credited: custody that began "in
 *       2017" counts from 31 December 2017. Not modelled: house arrest credit, regime-dependent ratios. When the date
 *       arrives without a recorded release, the person becomes {@code RELEASED (end_of_sentence)} on it
 *       ({@link LegalStatus#isReleaseByReckoning()}), unless the record goes on to release them later, in which case
 *       the record wins (an overstay shows as a status running past its expected end).</li>
 *   <li><b>Conversion</b> with a stated new sentence: the new punishment from the conversion date for its own term.
 *       Without one: the unserved remainder is converted day for day between restriction of freedom and imprisonment
 *       (CC Art. 44), so the expected end does not move and the sentence in force shows the remainder in days.</li>
 *   <li><b>Parole, early release, pardon, amnesty</b> end the sentence ({@code RELEASED} with the matching reason),
 *       unless an amnesty or pardon states a shorter term, which then replaces the term. {@code denied} changes
 *       nothing, beyond proving a sentence where the record gives none (next rule).</li>
 *   <li><b>Sentences the record does not give.</b> Some stages happen only to a person serving a custodial sentence:
 *       a {@code sentence_change} that is parole, early release, a pardon or amnesty without a new term, a refused
 *       request ({@code denied}) or a conversion into a punishment served at liberty (so from imprisonment); a
 *       {@code release} on parole, at the end of the sentence, by amnesty or by pardon. Reports often give the arrest and
 *       such a stage, and never date the verdict in between. When such a stage finds no sentence in force in its case,
 *       the person is taken to have been held continuously since the case's last custody start before it (the latest
 *       {@code detained}, pre-trial detention or {@code psychiatric_placement}), on a prison sentence: not released
 *       after 72 hours. A decision recorded after that start (a verdict, a release, a lifted or milder measure, another
 *       change of sentence, a quashing appeal, dropped charges, closure) explains the custody before it, so the
 *       inference does not reach back across one; without such a start, the sentence is served from the stage itself.
 *       The status is {@code SERVING_IMPRISONMENT} with no sentence and no expected end, caused by the proving stage;
 *       the stage then acts on it as on any sentence (parole releases, {@code denied} changes nothing more). Its
 *       {@code since} is the custody start with that stage's own precision and {@code inCustodySince} the day that
 *       custody began. Not an approximate date: approximate dates here are best estimates, and the arrest is no
 *       estimate of the unknown verdict, only the start of what the record shows; the missing sentence and a cause
 *       dated later say that the verdict is unknown. A verdict recorded later replaces the inferred sentence from its
 *       date and credits the whole custody. A sentence served at liberty also explains these stages (restriction of
 *       freedom can be paroled, pardoned or amnestied as well), so nothing is inferred while one is in force. Asset
 *       Abishev, detained on 7 July 2018 and denied early release in the colony on 5 June 2020, is imprisoned from
 *       7 July 2018; Mukhtar Dzhakishev, arrested in May 2009 and paroled on 3 March 2020, from May 2009 until the
 *       parole.</li>
 *   <li><b>Reduction, extension, appeal reduced/increased</b> with a new sentence replace the term from the original
 *       start (credit kept); a term already served releases the person on the day of the decision
 *       ({@code court_decision}, as does a verdict whose term the custody credit already covers). Without a new
 *       sentence the expected end becomes unknown.</li>
 *   <li><b>Appeals</b> act on the case's latest decision. A change followed by an appeal does not take effect until the
 *       appeal confirms it (upheld/rejected: from the appeal date; overturned: never; pending: not yet). A verdict
 *       overturned on appeal releases the person as acquitted (free, if nothing held them); an acquittal overturned
 *       makes them a suspect again. A measure overturned on appeal ends.</li>
 *   <li><b>Release</b> ends custody, measures and placements. It ends a sentence served in custody whatever its reason;
 *       one served at liberty only for reasons that end the punishment (leaving the courthouse after a sentence of
 *       restriction of freedom does not end it).</li>
 *   <li><b>Charges dropped, case closed</b>: released if held, otherwise free; a sentence being served is untouched.</li>
 *   <li><b>Death</b> is final: {@code DECEASED} outranks every other status and later stages are ignored.</li>
 * </ul>
 */
public final class LegalStatusPolicy {

    /**
     * The person's status on a day.
     *
     * @param stagesOfOnePersonAcrossCases stages concerning one person, from any number of cases, in any order
     * @throws IllegalArgumentException if the stages name several persons
     */
    public LegalStatus statusOn(List<Stage> stagesOfOnePersonAcrossCases, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return timeline(stagesOfOnePersonAcrossCases).stream()
                .filter(period -> period.covers(day))
                .map(StatusPeriod::status)
                .findFirst()
                .orElseGet(LegalStatus::free);
    }

    /**
     * The successive statuses of the person, from the first one a stage brought about; before it they were free. The
     * last period is open-ended.
     *
     * @param stagesOfOnePersonAcrossCases stages concerning one person, from any number of cases, in any order
     * @throws IllegalArgumentException if the stages name several persons
     */
    public List<StatusPeriod> timeline(List<Stage> stagesOfOnePersonAcrossCases) {
        Objects.requireNonNull(stagesOfOnePersonAcrossCases, "stages");
        requireOnePerson(stagesOfOnePersonAcrossCases);

        Map<String, List<Stage>> byCase = new LinkedHashMap<>();
        for (Stage stage : stagesOfOnePersonAcrossCases) {
            byCase.computeIfAbsent(stage.caseKey(), key -> new ArrayList<>()).add(stage);
        }
        List<List<CaseReplay.Step>> cases = byCase.values().stream().map(s -> new CaseReplay(s).replay()).toList();

        TreeSet<LocalDate> changes = new TreeSet<>();
        cases.forEach(steps -> steps.forEach(step -> changes.add(step.from())));

        List<StatusPeriod> periods = new ArrayList<>();
        LocalDate[] days = changes.toArray(LocalDate[]::new);
        for (int i = 0; i < days.length; i++) {
            LegalStatus status = mostRestrictive(cases, days[i]);
            Optional<LocalDate> until = i + 1 < days.length ? Optional.of(days[i + 1]) : Optional.empty();
            periods.add(new StatusPeriod(days[i], until, status));
        }
        return withoutLeadingFreedom(merged(withCustodyAcrossCases(merged(periods))));
    }

    /**
     * Among the cases' statuses on a day, the most restrictive; between equals, the one with a known start, then the
     * longest-standing, then the case recorded first.
     */
    private static LegalStatus mostRestrictive(List<List<CaseReplay.Step>> cases, LocalDate day) {
        LegalStatus best = null;
        for (List<CaseReplay.Step> steps : cases) {
            LegalStatus status = statusIn(steps, day);
            if (status != null && (best == null || outranks(status, best))) {
                best = status;
            }
        }
        return best == null ? LegalStatus.free() : best;
    }

    private static boolean outranks(LegalStatus candidate, LegalStatus best) {
        if (candidate.kind() != best.kind()) {
            return candidate.kind().isMoreRestrictiveThan(best.kind());
        }
        if (candidate.since().isPresent() != best.since().isPresent()) {
            return candidate.since().isPresent();
        }
        return candidate.since().isPresent() && candidate.since().get().date().isBefore(best.since().get().date());
    }

    private static LegalStatus statusIn(List<CaseReplay.Step> steps, LocalDate day) {
        LegalStatus status = null;
        for (CaseReplay.Step step : steps) {
            if (step.from().isAfter(day)) {
                break;
            }
            status = step.status();
        }
        return status;
    }

    /** Joins neighbouring periods with the same status (a change in one case may leave the overall status as it was). */
    private static List<StatusPeriod> merged(List<StatusPeriod> periods) {
        List<StatusPeriod> result = new ArrayList<>();
        for (StatusPeriod period : periods) {
            if (!result.isEmpty() && result.getLast().status().equals(period.status())) {
                StatusPeriod previous = result.removeLast();
                result.add(new StatusPeriod(previous.from(), period.until(), previous.status()));
            } else {
                result.add(period);
            }
        }
        return result;
    }

    /**
     * Custody that continues from one case into another is one custody: a person held in police custody in one case and
     * imprisoned in another on the same days has been in custody since the first.
     */
    private static List<StatusPeriod> withCustodyAcrossCases(List<StatusPeriod> periods) {
        List<StatusPeriod> result = new ArrayList<>();
        DateWithPrecision custodyStart = null;
        for (StatusPeriod period : periods) {
            LegalStatus status = period.status();
            if (status.isInCustody()) {
                DateWithPrecision own = status.inCustodySince().orElseThrow();
                if (custodyStart == null || own.date().isBefore(custodyStart.date())) {
                    custodyStart = own;
                }
                status = status.withInCustodySince(custodyStart);
            } else {
                custodyStart = null;
            }
            result.add(new StatusPeriod(period.from(), period.until(), status));
        }
        return result;
    }

    private static List<StatusPeriod> withoutLeadingFreedom(List<StatusPeriod> periods) {
        int first = 0;
        while (first < periods.size() && periods.get(first).status().equals(LegalStatus.free())) {
            first++;
        }
        return List.copyOf(periods.subList(first, periods.size()));
    }

    private static void requireOnePerson(List<Stage> stages) {
        List<String> persons = stages.stream().map(Stage::personKey).filter(Objects::nonNull).distinct().sorted().toList();
        if (persons.size() > 1) {
            throw new IllegalArgumentException("the stages concern several persons (" + String.join(", ", persons)
                    + "); give the stages of one person");
        }
    }
}
