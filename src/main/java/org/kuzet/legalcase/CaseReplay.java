package org.kuzet.legalcase;

import static org.kuzet.legalcase.LegalStatus.Kind;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.legalcase.Reckoning.Credit;
import org.kuzet.shared.DateWithPrecision;

/**
 * Replays the stages of one legal case, as they concern one person, and writes down each change of status.
 *
 * <p>The person's situation in the case is kept as a few independent holds (police custody, a measure of restraint, a
 * psychiatric placement, the sentence being served) over a standing (free, witness, suspect, released, …). Each hold
 * may run out by itself (72 hours, a measure's term, a sentence's term); stages start, replace and end them. After every
 * stage and every running-out the most restrictive of them is the status in this case.
 *
 * <p>A stage may change what earlier ones meant: a parole proves that the arrest years before it led to a prison sentence
 * the record does not give. The replay then starts again from the beginning, knowing it (see
 * {@link #concernsOnlyAPrisoner(Stage)}).
 */
final class CaseReplay {

    /**
     * Police custody without a court's sanction may last no more than 72 hours (Constitution Art. 16): counted here as
     * three days, so a person detained on the 5th is no longer held on the 8th.
     */
    private static final Period POLICE_CUSTODY_LIMIT = Period.ofDays(3);

    /** The status from a given day on. */
    record Step(LocalDate from, LegalStatus status) {
    }

    /** Something that holds the person: police custody, a measure, a psychiatric placement, death. */
    private record Hold(Kind kind, DateWithPrecision since, DateWithPrecision plannedEnd, Stage cause, Measure measure) {
    }

    /** Where the additional bans of a sentence run from. */
    private record BanBasis(List<SentenceComponent> bans, DateWithPrecision sentenceStart, boolean runFromRelease) {
        static final BanBasis NONE = new BanBasis(List.of(), null, false);

        static BanBasis of(Sentence sentence, DateWithPrecision start) {
            if (sentence == null) {
                return NONE;
            }
            // A ban added to imprisonment applies throughout the imprisonment but its term counts from release (the
            // Criminal Code's rule for bans, Art. 50): Max Bokayev was "banned from engaging in public activities for
            // three years upon release". Added to any other punishment it counts from the sentence.
            boolean addedToImprisonment = sentence.component(SentenceKind.IMPRISONMENT).isPresent();
            return new BanBasis(sentence.bans(), start, addedToImprisonment);
        }

        List<LegalStatus.Ban> until(DateWithPrecision releaseOrExpectedEnd) {
            List<LegalStatus.Ban> result = new ArrayList<>();
            for (SentenceComponent ban : bans) {
                DateWithPrecision from = runFromRelease ? releaseOrExpectedEnd : sentenceStart;
                result.add(new LegalStatus.Ban(ban.kind(), ban.duration(),
                        Optional.ofNullable(from).map(f -> Reckoning.plus(f, ban.duration()))));
            }
            return result;
        }
    }

    /**
     * The sentence being served.
     *
     * @param start          when the term counts from (the verdict), for changes that replace the term from the start
     * @param credit         custody before the verdict, deducted from the term
     * @param expectedEnd    when the term runs out; null when unknown
     * @param awaitsRecordedEnd the term ran out by our reckoning, but the record goes on to release the person later:
     *                       the record wins, and the end is no longer projected
     */
    private record Serving(Kind kind, DateWithPrecision since, DateWithPrecision start, Credit credit,
                           DateWithPrecision expectedEnd, Sentence sentence, Stage cause, BanBasis banBasis,
                           boolean awaitsRecordedEnd) {

        boolean inCustody() {
            return kind.inCustody();
        }

        Serving awaitingRecordedEnd() {
            return new Serving(kind, since, start, credit, expectedEnd, sentence, cause, banBasis, true);
        }

        Serving withUnknownEnd(Stage newCause) {
            return new Serving(kind, since, start, credit, null, sentence, newCause, banBasis, false);
        }
    }

    /** The person's standing in the case when nothing holds them. */
    private record Standing(Kind kind, DateWithPrecision since, ReleaseReason reason, Stage cause, Sentence sentence,
                            List<LegalStatus.Ban> bans) {
        static final Standing NOBODY = new Standing(Kind.FREE, null, null, null, null, List.of());

        static Standing of(Kind kind, Stage cause) {
            return new Standing(kind, cause.date(), null, cause, null, List.of());
        }
    }

    /** Which decision an appeal is against. */
    private enum Decision { MEASURE, VERDICT, CHANGE }

    /** A custody start (index of the stage) that a later stage ({@code proof}) showed to have lasted into a sentence. */
    private record ProvenCustody(int custodyStage, Stage proof) {
    }

    private static final int NONE = -1;

    private final List<Stage> stages;
    private final List<Step> steps = new ArrayList<>();

    /** The custody starts known, from earlier attempts, to have lasted into a custodial sentence; by stage index. */
    private final Map<Integer, Stage> provenCustody;
    /**
     * The stage that began the latest custody of the case, as long as nothing recorded since has let the person out or
     * decided their case; {@link #NONE} otherwise. Custody running out by itself (the 72 hours) does not reset it.
     */
    private int lastCustodyStage = NONE;

    private Hold detention;
    private Hold measure;
    private Hold psychiatric;
    private Hold deceased;
    private Serving serving;
    private Standing standing = Standing.NOBODY;

    private Decision lastDecision;
    private VerdictOutcome lastVerdict;
    private Stage changeUnderAppeal;

    private DateWithPrecision custodyStart;
    private Credit custodyBefore = Credit.NONE;

    /**
     * @param stagesOfOneCase stages of one case concerning the person, in any order
     */
    CaseReplay(List<Stage> stagesOfOneCase) {
        List<Stage> sorted = new ArrayList<>(stagesOfOneCase);
        // Stable: stages of the same date and kind keep the order they were recorded in.
        sorted.sort(Comparator.comparing((Stage s) -> s.date().date()).thenComparingInt(s -> s.kind().sameDayOrder()));
        this.stages = List.copyOf(sorted);
        this.provenCustody = Map.of();
    }

    private CaseReplay(List<Stage> sortedStages, Map<Integer, Stage> provenCustody) {
        this.stages = sortedStages;
        this.provenCustody = Map.copyOf(provenCustody);
    }

    /** The successive statuses of the person in this case, one per day on which it changed. */
    List<Step> replay() {
        CaseReplay attempt = this;
        ProvenCustody proven;
        // Each new attempt knows one more custody start to be a sentence's, so there are at most as many as stages.
        while ((proven = attempt.run()) != null) {
            Map<Integer, Stage> known = new HashMap<>(attempt.provenCustody);
            known.put(proven.custodyStage(), proven.proof());
            attempt = new CaseReplay(stages, known);
        }
        return List.copyOf(attempt.steps);
    }

    /**
     * One pass over the stages. Stops early, returning what it learnt, when a stage proves that an earlier custody start
     * was a custodial sentence's: the statuses from that start on must be replayed.
     */
    private ProvenCustody run() {
        for (int i = 0; i < stages.size() && deceased == null; i++) {
            Stage stage = stages.get(i);
            runOutBefore(stage.date().date(), i);
            if (concernsOnlyAPrisoner(stage) && serving == null) {
                if (lastCustodyStage != NONE && !provenCustody.containsKey(lastCustodyStage)) {
                    return new ProvenCustody(lastCustodyStage, stage);
                }
                // No custody of this case leads up to it: the record shows the person a prisoner from this stage only.
                serveUnrecordedSentence(stage.date(), stage);
            }
            apply(stage, i);
            followCustody(stage, i);
            Stage proof = provenCustody.get(i);
            if (proof != null && serving == null) {
                serveUnrecordedSentence(stage.date(), proof);
            }
            record(stage.date());
        }
        if (deceased == null) {
            runOutBefore(LocalDate.MAX, stages.size());
        }
        return null;
    }

    // --- custodial sentences the record does not give ----------------------------------------------------------------

    /**
     * Whether the stage happens only to someone serving a custodial sentence: parole, early release, a pardon or amnesty
     * that ends the term, a refused request for parole, a conversion of imprisonment into a punishment served at liberty,
     * a release on parole, at the end of the sentence, by amnesty or pardon. Reports often give the arrest and such a
     * stage and never date the verdict between them (Asset Abishev, "subsequently sentenced", was denied early release
     * in the colony).
     */
    private static boolean concernsOnlyAPrisoner(Stage stage) {
        return switch (stage.kind()) {
            case SENTENCE_CHANGE -> switch (stage.change()) {
                case PAROLE, EARLY_RELEASE, DENIED -> true;
                // With a new term they shorten a sentence, which may be one served at liberty.
                case PARDON, AMNESTY -> stage.sentence() == null;
                // Conversion into a punishment served at liberty is from imprisonment; without the new punishment
                // stated the direction is unknown.
                case CONVERSION -> stage.sentence() != null && stage.sentence().custodialComponent().isEmpty();
                case REDUCTION, EXTENSION -> false;
            };
            case RELEASE -> switch (stage.releaseReason()) {
                case PAROLE, END_OF_SENTENCE, AMNESTY, PARDON -> true;
                case HEALTH, ACQUITTAL, MEASURE_LIFTED, COURT_DECISION, OTHER -> false;
            };
            default -> false;
        };
    }

    /**
     * Keeps {@link #lastCustodyStage}: set by a detention, pre-trial detention or psychiatric placement; kept through
     * stages that happen to a person held awaiting trial; reset by anything that lets the person out or decides the
     * case (a verdict, a release, a lifted or milder measure, a change of sentence, a quashing appeal, dropped charges).
     * A decision in between explains the custody before it, so the inference never reaches back across one.
     */
    private void followCustody(Stage stage, int index) {
        switch (stage.kind()) {
            case DETAINED, PSYCHIATRIC_PLACEMENT -> lastCustodyStage = index;
            case MEASURE_OF_RESTRAINT -> lastCustodyStage = stage.measure() == Measure.PRE_TRIAL_DETENTION ? index : NONE;
            case OPENED, SUMMONED_AS_WITNESS, SUMMONED_AS_SUSPECT, SEARCH, CHARGED, TRIAL_STARTED -> {
            }
            case PSYCHIATRIC_RELEASE -> {
                if (!isHeld()) {
                    lastCustodyStage = NONE;
                }
            }
            case SENTENCE_CHANGE -> {
                if (stage.change() != SentenceChange.DENIED) {
                    lastCustodyStage = NONE;
                }
            }
            case APPEAL -> {
                if (stage.appealOutcome() != AppealOutcome.PENDING && stage.appealOutcome() != AppealOutcome.UPHELD
                        && stage.appealOutcome() != AppealOutcome.REJECTED) {
                    lastCustodyStage = NONE;
                }
            }
            case MEASURE_LIFTED, VERDICT, RELEASE, CHARGES_DROPPED, CLOSED, DIED -> lastCustodyStage = NONE;
        }
    }

    /**
     * Imprisonment whose verdict the record does not give, proven by a later stage: held since {@code since}, term and
     * end unknown. Its cause is the proving stage, the only evidence of the sentence. A verdict recorded later replaces
     * it from its date, crediting the whole custody.
     */
    private void serveUnrecordedSentence(DateWithPrecision since, Stage proof) {
        startServing(new Serving(Kind.SERVING_IMPRISONMENT, since, since, Credit.NONE, null, null, proof, BanBasis.NONE,
                false), proof);
    }

    // --- holds that run out by themselves ----------------------------------------------------------------------------

    /** Lets every hold whose term ends before {@code day} run out, earliest first. */
    private void runOutBefore(LocalDate day, int nextStage) {
        while (true) {
            DateWithPrecision next = earliest(earliest(end(detention), end(measure)), end(psychiatric));
            DateWithPrecision sentenceEnd = serving != null && !serving.awaitsRecordedEnd() ? serving.expectedEnd() : null;
            next = earliest(next, sentenceEnd);
            if (next == null || !next.date().isBefore(day)) {
                return;
            }
            if (next == sentenceEnd) {
                if (recordedReleaseFollows(nextStage)) {
                    // Our reckoning is an estimate (credit rules, imprecise dates); a release or change recorded later
                    // proves the person was still serving. Keep them serving until then: an overstay stays visible as
                    // a status running past its expected end.
                    serving = serving.awaitingRecordedEnd();
                    continue;
                }
                endServing(ReleaseReason.END_OF_SENTENCE, sentenceEnd, serving.cause());
            } else if (detention != null && next == detention.plannedEnd()) {
                detention = null;
            } else if (measure != null && next == measure.plannedEnd()) {
                measure = null;
            } else {
                psychiatric = null;
            }
            record(next);
        }
    }

    private boolean recordedReleaseFollows(int from) {
        for (int i = from; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            switch (stage.kind()) {
                case RELEASE:
                    return true;
                case SENTENCE_CHANGE:
                    if (stage.change() != SentenceChange.DENIED) {
                        return true;
                    }
                    break;
                case VERDICT, APPEAL:
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    private static DateWithPrecision end(Hold hold) {
        return hold == null ? null : hold.plannedEnd();
    }

    private static DateWithPrecision earliest(DateWithPrecision a, DateWithPrecision b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.date().isBefore(a.date()) ? b : a;
    }

    // --- stages ------------------------------------------------------------------------------------------------------

    private void apply(Stage stage, int index) {
        switch (stage.kind()) {
            // A case opened "against her" makes the person a suspect; a case opened without naming anyone does not.
            case OPENED -> {
                if (stage.personKey() != null) {
                    becomeSuspect(stage);
                }
            }
            case SUMMONED_AS_WITNESS -> {
                if (standing.kind() == Kind.FREE || standing.kind() == Kind.RELEASED) {
                    standing = Standing.of(Kind.WITNESS, stage);
                }
            }
            case SUMMONED_AS_SUSPECT, CHARGED, TRIAL_STARTED -> becomeSuspect(stage);
            // A search restrains nobody by itself: witnesses' homes are searched and devices seized too.
            case SEARCH -> {
            }
            // Police custody alone does not make a suspect: most protest detentions end in release or an
            // administrative case. Without a stated duration it lasts the legal maximum.
            case DETAINED -> detention = new Hold(Kind.DETAINED, stage.date(),
                    Reckoning.plus(stage.date(), stage.duration() != null ? stage.duration() : POLICE_CUSTODY_LIMIT),
                    stage, null);
            case MEASURE_OF_RESTRAINT -> imposeMeasure(stage);
            case MEASURE_LIFTED -> {
                if (measure != null && (stage.measure() == null || stage.measure() == measure.measure())) {
                    measure = null;
                }
                if (stage.measure() == null) {
                    detention = null;
                }
            }
            case PSYCHIATRIC_PLACEMENT -> psychiatric = new Hold(Kind.PSYCHIATRIC_PLACEMENT, stage.date(),
                    stage.duration() == null ? null : Reckoning.plus(stage.date(), stage.duration()), stage, null);
            case PSYCHIATRIC_RELEASE -> psychiatric = null;
            case VERDICT -> verdict(stage);
            case SENTENCE_CHANGE -> sentenceChange(stage, index);
            case APPEAL -> appeal(stage);
            case RELEASE -> release(stage);
            case CHARGES_DROPPED, CLOSED -> caseEnds(stage);
            case DIED -> deceased = new Hold(Kind.DECEASED, stage.date(), null, stage, null);
        }
    }

    private void becomeSuspect(Stage stage) {
        if (standing.kind() != Kind.SUSPECT) {
            standing = Standing.of(Kind.SUSPECT, stage);
        }
    }

    private void imposeMeasure(Stage stage) {
        // Only a suspect or an accused person is put under a measure of restraint.
        becomeSuspect(stage);
        // The measure replaces police custody: the court decides what happens after the 72 hours.
        detention = null;
        DateWithPrecision plannedEnd = stage.endDate() != null ? stage.endDate()
                : stage.duration() != null ? Reckoning.plus(stage.date(), stage.duration()) : null;
        // The same measure imposed again while in force is an extension: the person is held since the first order.
        DateWithPrecision since = measure != null && measure.measure() == stage.measure() ? measure.since() : stage.date();
        measure = new Hold(kindOf(stage.measure()), since, plannedEnd, stage, stage.measure());
        lastDecision = Decision.MEASURE;
    }

    private static Kind kindOf(Measure measure) {
        return switch (measure) {
            case PRE_TRIAL_DETENTION -> Kind.PRE_TRIAL_DETENTION;
            case HOUSE_ARREST -> Kind.HOUSE_ARREST;
            case TRAVEL_BAN -> Kind.TRAVEL_BAN;
            case BAIL -> Kind.ON_BAIL;
            case POLICE_SUPERVISION -> Kind.UNDER_POLICE_SUPERVISION;
        };
    }

    private void verdict(Stage stage) {
        boolean restrained = isRestrained();
        boolean heldAtVerdict = detention != null || (measure != null && measure.kind().inCustody())
                || (serving != null && serving.inCustody());
        Credit credit = custodyStart == null ? custodyBefore : custodyBefore.plus(custodyStart, stage.date().date());
        // The verdict decides what happens now; measures of restraint served the trial.
        detention = null;
        measure = null;
        lastDecision = Decision.VERDICT;
        lastVerdict = stage.verdictOutcome();
        changeUnderAppeal = null;
        switch (stage.verdictOutcome()) {
            case CONVICTED -> convict(stage, credit, heldAtVerdict, restrained);
            case ACQUITTED -> letGo(stage, ReleaseReason.ACQUITTAL, restrained);
            case DISMISSED -> letGo(stage, ReleaseReason.COURT_DECISION, restrained);
            // Civil judgments (defamation suits) restrain nobody; compensation is a debt, not a status.
            case CLAIM_GRANTED, CLAIM_REJECTED -> {
            }
        }
    }

    private void convict(Stage stage, Credit credit, boolean heldAtVerdict, boolean restrained) {
        if (standing.kind() == Kind.SUSPECT || standing.kind() == Kind.WITNESS) {
            standing = Standing.NOBODY;
        }
        if (stage.sentence() == null) {
            if (heldAtVerdict) {
                // Convicted while held, sentence not recorded: the person stays held. Had they been let go from the
                // courtroom, the record would say so (as it does for Asya Tulesova).
                startServing(new Serving(Kind.SERVING_IMPRISONMENT, stage.date(), stage.date(), credit, null, null,
                        stage, BanBasis.NONE, false), stage);
            } else {
                serving = null;
                standing = Standing.of(Kind.CONVICTED_SENTENCE_UNKNOWN, stage);
            }
            return;
        }
        Serving imposed = servingOf(stage.sentence(), stage.date(), stage.date(), credit, stage,
                BanBasis.of(stage.sentence(), stage.date()));
        if (imposed == null) {
            // Only a fine, a warning or the like: nothing to serve. Someone held until the verdict walks free from the
            // courtroom.
            serving = null;
            standing = new Standing(restrained ? Kind.RELEASED : Kind.FREE, stage.date(),
                    restrained ? ReleaseReason.COURT_DECISION : null, stage, stage.sentence(), List.of());
            return;
        }
        startServing(imposed, stage);
    }

    /**
     * What serving a sentence means, or null when nothing is served over time.
     *
     * <ul>
     *   <li>imprisonment and administrative detention are served in custody from the start, less the custody credit
     *       (time held before the verdict counts day for day);</li>
     *   <li>restriction of freedom is served at liberty, less the same credit (CC Art. 61: one day of imprisonment
     *       equals one day of restriction of freedom);</li>
     *   <li>probation, a suspended sentence, forced labour or bans alone are served at liberty for the longest term;
     *       custody is not credited against them.</li>
     * </ul>
     */
    private static Serving servingOf(Sentence sentence, DateWithPrecision since, DateWithPrecision start, Credit credit,
                                     Stage cause, BanBasis bans) {
        Optional<SentenceComponent> custodial = sentence.custodialComponent();
        if (custodial.isPresent()) {
            Kind kind = custodial.get().kind() == SentenceKind.IMPRISONMENT
                    ? Kind.SERVING_IMPRISONMENT : Kind.SERVING_ADMINISTRATIVE_DETENTION;
            return new Serving(kind, since, start, credit, Reckoning.endOfTerm(start, custodial.get().duration(), credit),
                    sentence, cause, bans, false);
        }
        Optional<SentenceComponent> restriction = sentence.restrictionOfFreedom();
        if (restriction.isPresent()) {
            return new Serving(Kind.SERVING_RESTRICTION_OF_FREEDOM, since, start, credit,
                    Reckoning.endOfTerm(start, restriction.get().duration(), credit), sentence, cause, bans, false);
        }
        Optional<Period> longest = sentence.longestTermAtLiberty().map(SentenceComponent::duration)
                .or(() -> sentence.bans().stream().map(SentenceComponent::duration)
                        .max(Comparator.comparing(p -> start.date().plus(p))));
        return longest.map(term -> new Serving(Kind.SERVING_NON_CUSTODIAL_SENTENCE, since, start, Credit.NONE,
                Reckoning.plus(start, term), sentence, cause, bans, false)).orElse(null);
    }

    private void startServing(Serving next, Stage cause) {
        serving = next;
        if (next.inCustody()) {
            // Custody is now the sentence's: police custody of the same case (the arrest before a conversion) ends.
            detention = null;
            measure = null;
        }
        // Time held before the verdict may already cover the whole term: released when sentenced ("time served").
        if (next.expectedEnd() != null && !next.expectedEnd().date().isAfter(next.since().date())) {
            endServing(ReleaseReason.COURT_DECISION, next.since(), cause);
        }
    }

    private void endServing(ReleaseReason reason, DateWithPrecision on, Stage cause) {
        Serving ended = serving;
        serving = null;
        detention = null;
        measure = null;
        standing = new Standing(Kind.RELEASED, on, reason, cause, ended.sentence(), ended.banBasis().until(on));
    }

    private void letGo(Stage stage, ReleaseReason reason, boolean restrained) {
        serving = null;
        detention = null;
        measure = null;
        standing = restrained
                ? new Standing(Kind.RELEASED, stage.date(), reason, stage, null, List.of())
                : Standing.of(Kind.FREE, stage);
    }

    private void sentenceChange(Stage stage, int index) {
        // A refused request for parole or conversion changes nothing.
        if (stage.change() == SentenceChange.DENIED) {
            return;
        }
        lastDecision = Decision.CHANGE;
        if (appealFollows(index)) {
            // A court's decision on a sentence takes effect only once it is final. Appealed (Kenzhebek Abishev's
            // conversion, appealed by the prosecutor), it waits for the appeal; meanwhile the person serves on.
            changeUnderAppeal = stage;
            return;
        }
        applyChange(stage, stage.sentence(), stage.date());
    }

    /** Whether the next decision in the case after the stage at {@code index} is an appeal. */
    private boolean appealFollows(int index) {
        for (int i = index + 1; i < stages.size(); i++) {
            switch (stages.get(i).kind()) {
                case APPEAL:
                    return true;
                case VERDICT, SENTENCE_CHANGE:
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    private void applyChange(Stage change, Sentence newSentence, DateWithPrecision effective) {
        switch (change.change()) {
            case PAROLE -> releaseFromSentence(ReleaseReason.PAROLE, change, effective);
            case EARLY_RELEASE -> releaseFromSentence(ReleaseReason.COURT_DECISION, change, effective);
            // An amnesty or pardon that states a new term shortens the sentence; without one it sets the person free.
            case AMNESTY -> {
                if (newSentence == null) {
                    releaseFromSentence(ReleaseReason.AMNESTY, change, effective);
                } else {
                    resentence(newSentence, change, effective);
                }
            }
            case PARDON -> {
                if (newSentence == null) {
                    releaseFromSentence(ReleaseReason.PARDON, change, effective);
                } else {
                    resentence(newSentence, change, effective);
                }
            }
            case REDUCTION, EXTENSION -> {
                if (newSentence == null) {
                    changeToUnknownTerm(change);
                } else {
                    resentence(newSentence, change, effective);
                }
            }
            case CONVERSION -> {
                if (newSentence == null) {
                    convertRemainder(change, effective);
                } else {
                    convertTo(newSentence, change, effective);
                }
            }
            case DENIED -> {
            }
        }
    }

    /**
     * Parole, early release, a pardon or an amnesty ends the sentence. Without a recorded verdict the stage itself
     * proved one (see {@link #concernsOnlyAPrisoner(Stage)}), so a person held awaiting trial is never "paroled".
     */
    private void releaseFromSentence(ReleaseReason reason, Stage cause, DateWithPrecision on) {
        if (serving != null) {
            endServing(reason, on, cause);
        }
    }

    /**
     * A new term replaces the old one from the original start (an appeal that reduces the sentence does not restart
     * it): the credit and the time already served count towards the new term.
     */
    private void resentence(Sentence newSentence, Stage cause, DateWithPrecision effective) {
        if (serving == null) {
            return;
        }
        Serving replaced = servingOf(newSentence, serving.since(), serving.start(), serving.credit(), cause,
                BanBasis.of(newSentence, serving.start()));
        if (replaced == null) {
            // Reduced to a punishment with nothing left to serve (a fine): released by that decision.
            endServing(ReleaseReason.COURT_DECISION, effective, cause);
            return;
        }
        if (replaced.kind() != serving.kind()) {
            replaced = new Serving(replaced.kind(), effective, replaced.start(), replaced.credit(),
                    replaced.expectedEnd(), replaced.sentence(), cause, replaced.banBasis(), false);
        }
        serving = replaced;
        if (replaced.inCustody()) {
            detention = null;
        }
        // Reduced below the time already served: released on the day of the decision.
        if (replaced.expectedEnd() != null && !replaced.expectedEnd().date().isAfter(effective.date())) {
            endServing(ReleaseReason.COURT_DECISION, effective, cause);
        }
    }

    private void changeToUnknownTerm(Stage cause) {
        if (serving != null) {
            // The term changed and the record does not say to what: better no projected end than a wrong one.
            serving = serving.withUnknownEnd(cause);
        }
    }

    /** A conversion stating the new punishment: served from the conversion, for its own term. */
    private void convertTo(Sentence newSentence, Stage cause, DateWithPrecision effective) {
        BanBasis bans = newSentence.bans().isEmpty() && serving != null ? serving.banBasis()
                : BanBasis.of(newSentence, effective);
        Serving converted = servingOf(newSentence, effective, effective, Credit.NONE, cause, bans);
        if (converted == null) {
            if (serving != null) {
                endServing(ReleaseReason.COURT_DECISION, effective, cause);
            }
            return;
        }
        startServing(converted, cause);
    }

    /**
     * A conversion that does not state the new term converts the unserved remainder day for day: restriction of
     * freedom into imprisonment for evading it (CC Art. 44: one day of imprisonment for one day of restriction of
     * freedom), and imprisonment into restriction of freedom when a court replaces the unserved part with a milder
     * punishment (CC Art. 61 equates the two day for day). Day for day means the expected end does not move: Askar
     * Ibrayev, sentenced in January 2020 to a year of restriction of freedom and imprisoned from June, is due out in
     * January 2021 either way.
     */
    private void convertRemainder(Stage cause, DateWithPrecision effective) {
        if (serving == null) {
            return;
        }
        SentenceKind from;
        SentenceKind to;
        Kind kind;
        if (serving.kind() == Kind.SERVING_RESTRICTION_OF_FREEDOM) {
            from = SentenceKind.RESTRICTION_OF_FREEDOM;
            to = SentenceKind.IMPRISONMENT;
            kind = Kind.SERVING_IMPRISONMENT;
        } else if (serving.kind() == Kind.SERVING_IMPRISONMENT) {
            from = SentenceKind.IMPRISONMENT;
            to = SentenceKind.RESTRICTION_OF_FREEDOM;
            kind = Kind.SERVING_RESTRICTION_OF_FREEDOM;
        } else {
            // Converted into what? Without a stated sentence we do not guess.
            changeToUnknownTerm(cause);
            return;
        }
        DateWithPrecision end = serving.expectedEnd();
        Sentence sentence = serving.sentence();
        if (end != null) {
            long unserved = ChronoUnit.DAYS.between(effective.date(), end.date());
            if (unserved <= 0) {
                endServing(ReleaseReason.COURT_DECISION, effective, cause);
                return;
            }
            SentenceComponent remainder = SentenceComponent.withTerm(to, Period.ofDays((int) unserved));
            sentence = sentence == null ? Sentence.of(remainder) : sentence.replacing(from, remainder);
        }
        if (kind == Kind.SERVING_RESTRICTION_OF_FREEDOM && sentence == null) {
            // Released from the colony to restriction of freedom of unknown term: at liberty, term unknown.
            serving = null;
            standing = Standing.of(Kind.CONVICTED_SENTENCE_UNKNOWN, cause);
            return;
        }
        startServing(new Serving(kind, effective, serving.start(), serving.credit(), end, sentence, cause,
                serving.banBasis(), false), cause);
    }

    private void appeal(Stage stage) {
        AppealOutcome outcome = stage.appealOutcome();
        if (changeUnderAppeal != null) {
            Stage change = changeUnderAppeal;
            switch (outcome) {
                case PENDING -> {
                }
                // Confirmed: the change takes effect now that it is final.
                case UPHELD, REJECTED -> {
                    changeUnderAppeal = null;
                    applyChange(change, change.sentence(), stage.date());
                }
                // Quashed: the change never took effect.
                case OVERTURNED -> changeUnderAppeal = null;
                case REDUCED, INCREASED -> {
                    changeUnderAppeal = null;
                    applyChange(change, stage.sentence() != null ? stage.sentence() : change.sentence(), stage.date());
                }
            }
            return;
        }
        if (lastDecision == null) {
            return;
        }
        switch (lastDecision) {
            case MEASURE -> {
                // A measure of restraint quashed on appeal: released from it, still a suspect.
                if (outcome == AppealOutcome.OVERTURNED) {
                    measure = null;
                }
            }
            case VERDICT, CHANGE -> {
                switch (outcome) {
                    case PENDING, UPHELD, REJECTED -> {
                    }
                    case OVERTURNED -> {
                        if (lastVerdict == VerdictOutcome.ACQUITTED || lastVerdict == VerdictOutcome.DISMISSED) {
                            // The acquittal is quashed: the person faces the charges again.
                            standing = Standing.of(Kind.SUSPECT, stage);
                        } else {
                            // The conviction is quashed: whoever was held or serving is released, acquitted. A retrial
                            // is recorded as new stages.
                            letGo(stage, ReleaseReason.ACQUITTAL, isRestrained());
                        }
                    }
                    case REDUCED, INCREASED -> {
                        if (stage.sentence() == null) {
                            changeToUnknownTerm(stage);
                        } else {
                            resentence(stage.sentence(), stage, stage.date());
                        }
                    }
                }
            }
        }
    }

    private void release(Stage stage) {
        ReleaseReason reason = stage.releaseReason();
        boolean held = detention != null || measure != null || psychiatric != null;
        detention = null;
        measure = null;
        psychiatric = null;
        if (serving != null) {
            // Leaving the courtroom after a sentence of restriction of freedom ends the pre-trial custody, not the
            // restriction of freedom.
            if (serving.inCustody() || reason.endsThePunishment()) {
                endServing(reason, stage.date(), stage);
            }
            return;
        }
        // Released pending trial remains a suspect; otherwise the person is released.
        if (held && standing.kind() != Kind.SUSPECT) {
            standing = new Standing(Kind.RELEASED, stage.date(), reason, stage, standing.sentence(), standing.bans());
        }
    }

    private void caseEnds(Stage stage) {
        changeUnderAppeal = null;
        if (serving != null) {
            // Closing a case whose sentence is being served does not undo the sentence.
            return;
        }
        boolean held = detention != null || measure != null;
        detention = null;
        measure = null;
        if (held) {
            standing = new Standing(Kind.RELEASED, stage.date(), ReleaseReason.OTHER, stage, null, List.of());
        } else if (standing.kind() == Kind.SUSPECT || standing.kind() == Kind.WITNESS) {
            standing = Standing.of(Kind.FREE, stage);
        }
    }

    private boolean isRestrained() {
        return detention != null || measure != null || psychiatric != null || serving != null;
    }

    private boolean isHeld() {
        return detention != null || (measure != null && measure.kind().inCustody()) || psychiatric != null
                || (serving != null && serving.inCustody());
    }

    // --- status ------------------------------------------------------------------------------------------------------

    /** Notes the status after an event dated {@code when}; several events on one day leave the day's last status. */
    private void record(DateWithPrecision when) {
        LegalStatus status = currentStatus();
        if (status.isInCustody()) {
            if (custodyStart == null) {
                custodyStart = when;
            }
            status = status.withInCustodySince(custodyStart);
        } else if (custodyStart != null) {
            custodyBefore = custodyBefore.plus(custodyStart, when.date());
            custodyStart = null;
        }
        LocalDate from = when.date();
        if (!steps.isEmpty() && steps.getLast().from().equals(from)) {
            steps.removeLast();
        }
        if (steps.isEmpty() || !steps.getLast().status().equals(status)) {
            steps.add(new Step(from, status));
        }
    }

    private LegalStatus currentStatus() {
        if (deceased != null) {
            return held(deceased);
        }
        LegalStatus status = standing();
        for (Hold hold : new Hold[] {detention, measure, psychiatric}) {
            if (hold != null && hold.kind().isMoreRestrictiveThan(status.kind())) {
                status = held(hold);
            }
        }
        if (serving != null && serving.kind().isMoreRestrictiveThan(status.kind())) {
            status = new LegalStatus(serving.kind(), Optional.of(serving.since()),
                    Optional.ofNullable(serving.expectedEnd()), Optional.empty(), Optional.of(serving.cause()),
                    Optional.ofNullable(serving.sentence()), Optional.empty(),
                    serving.banBasis().until(serving.expectedEnd()));
        }
        return status;
    }

    private LegalStatus standing() {
        return new LegalStatus(standing.kind(), Optional.ofNullable(standing.since()), Optional.empty(),
                Optional.ofNullable(standing.reason()), Optional.ofNullable(standing.cause()),
                Optional.ofNullable(standing.sentence()), Optional.empty(), standing.bans());
    }

    private static LegalStatus held(Hold hold) {
        return new LegalStatus(hold.kind(), Optional.of(hold.since()), Optional.ofNullable(hold.plannedEnd()),
                Optional.empty(), Optional.of(hold.cause()), Optional.empty(), Optional.empty(), List.of());
    }
}
