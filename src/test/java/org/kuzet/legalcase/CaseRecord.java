package org.kuzet.legalcase;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.shared.DateWithPrecision;

/**
 * Test fixture: writes down the stages of one legal case against one defendant, in the words a monitor would use
 * ("detained", "placed under house arrest", "sentenced", "sentence converted", "released on parole").
 */
final class CaseRecord {

    private final String caseKey;
    private final String defendant;
    private final List<Stage> stages = new ArrayList<>();

    private CaseRecord(String caseKey, String defendant) {
        this.caseKey = caseKey;
        this.defendant = defendant;
    }

    static CaseRecord caseAgainst(String defendant, String caseKey) {
        return new CaseRecord(caseKey, defendant);
    }

    static DateWithPrecision day(int year, int month, int day) {
        return DateWithPrecision.day(year, month, day);
    }

    static DateWithPrecision month(int year, int month) {
        return DateWithPrecision.month(year, month);
    }

    static DateWithPrecision year(int year) {
        return DateWithPrecision.year(year);
    }

    static DateWithPrecision around(int year, int month, int day) {
        return DateWithPrecision.around(LocalDate.of(year, month, day));
    }

    static Sentence sentenceOf(SentenceComponent... components) {
        return Sentence.of(components);
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** The case is registered; like the bundle's example, the stage names no one. */
    CaseRecord opened(DateWithPrecision date) {
        stages.add(Stage.of(caseKey, StageKind.OPENED, date));
        return this;
    }

    /** The person is told a case has been opened against them. */
    CaseRecord openedAgainstThem(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.OPENED, date));
    }

    CaseRecord summonedAsWitness(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.SUMMONED_AS_WITNESS, date));
    }

    CaseRecord summonedAsSuspect(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.SUMMONED_AS_SUSPECT, date));
    }

    CaseRecord searched(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.SEARCH, date));
    }

    CaseRecord charged(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.CHARGED, date));
    }

    CaseRecord detained(DateWithPrecision date) {
        return add(Stage.detained(caseKey, date, null));
    }

    CaseRecord detainedFor(DateWithPrecision date, Period duration) {
        return add(Stage.detained(caseKey, date, duration));
    }

    CaseRecord placedInPreTrialDetention(DateWithPrecision date) {
        return add(Stage.measureOfRestraint(caseKey, date, Measure.PRE_TRIAL_DETENTION, null, null));
    }

    CaseRecord placedInPreTrialDetentionUntil(DateWithPrecision date, DateWithPrecision endDate) {
        return add(Stage.measureOfRestraint(caseKey, date, Measure.PRE_TRIAL_DETENTION, null, endDate));
    }

    CaseRecord placedUnderHouseArrestFor(DateWithPrecision date, Period duration) {
        return add(Stage.measureOfRestraint(caseKey, date, Measure.HOUSE_ARREST, duration, null));
    }

    CaseRecord placedUnderTravelBan(DateWithPrecision date) {
        return add(Stage.measureOfRestraint(caseKey, date, Measure.TRAVEL_BAN, null, null));
    }

    CaseRecord measureLifted(DateWithPrecision date) {
        return add(Stage.measureLifted(caseKey, date, null));
    }

    CaseRecord placedInPsychiatricInstitution(DateWithPrecision date) {
        return add(Stage.psychiatricPlacement(caseKey, date, null));
    }

    CaseRecord releasedFromPsychiatricInstitution(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.PSYCHIATRIC_RELEASE, date));
    }

    CaseRecord sentenced(DateWithPrecision date, SentenceComponent... components) {
        return add(Stage.verdict(caseKey, date, VerdictOutcome.CONVICTED, sentenceOf(components)));
    }

    CaseRecord convictedSentenceNotRecorded(DateWithPrecision date) {
        return add(Stage.verdict(caseKey, date, VerdictOutcome.CONVICTED, null));
    }

    CaseRecord acquitted(DateWithPrecision date) {
        return add(Stage.verdict(caseKey, date, VerdictOutcome.ACQUITTED, null));
    }

    CaseRecord appeal(DateWithPrecision date, AppealOutcome outcome) {
        return add(Stage.appeal(caseKey, date, outcome, null));
    }

    CaseRecord appealReduced(DateWithPrecision date, SentenceComponent... components) {
        return add(Stage.appeal(caseKey, date, AppealOutcome.REDUCED, sentenceOf(components)));
    }

    /** The court converts the sentence without the record stating the new term: the remainder converts day for day. */
    CaseRecord sentenceConverted(DateWithPrecision date) {
        return add(Stage.sentenceChange(caseKey, date, SentenceChange.CONVERSION, null));
    }

    CaseRecord sentenceConvertedTo(DateWithPrecision date, SentenceComponent... components) {
        return add(Stage.sentenceChange(caseKey, date, SentenceChange.CONVERSION, sentenceOf(components)));
    }

    CaseRecord sentenceChanged(DateWithPrecision date, SentenceChange change) {
        return add(Stage.sentenceChange(caseKey, date, change, null));
    }

    CaseRecord releasedOnParole(DateWithPrecision date) {
        return sentenceChanged(date, SentenceChange.PAROLE);
    }

    CaseRecord paroleDenied(DateWithPrecision date) {
        return sentenceChanged(date, SentenceChange.DENIED);
    }

    CaseRecord released(DateWithPrecision date, ReleaseReason reason) {
        return add(Stage.release(caseKey, date, reason));
    }

    CaseRecord chargesDropped(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.CHARGES_DROPPED, date));
    }

    CaseRecord died(DateWithPrecision date) {
        return add(Stage.of(caseKey, StageKind.DIED, date));
    }

    private CaseRecord add(Stage stage) {
        stages.add(stage.concerning(defendant));
        return this;
    }
}
