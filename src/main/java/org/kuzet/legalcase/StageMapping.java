package org.kuzet.legalcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.CaseDocument.StageDocument;
import org.kuzet.shared.DatePrecision;
import org.kuzet.shared.DateWithPrecision;

/** Reads stored stages (already validated) into the domain model the legal status is derived from. */
final class StageMapping {

    private StageMapping() {
    }

    static Stage toStage(String caseKey, StageDocument d) {
        StageKind kind = StageKind.fromCode(d.kind());
        return new Stage(caseKey, kind, date(d.date(), d.datePrecision()), date(d.endDate(), d.endDatePrecision()),
                period(d.duration()),
                d.measure() == null ? null : Measure.fromCode(d.measure()),
                kind == StageKind.VERDICT ? VerdictOutcome.fromCode(d.outcome()) : null,
                kind == StageKind.APPEAL ? AppealOutcome.fromCode(d.outcome()) : null,
                d.change() == null ? null : SentenceChange.fromCode(d.change()),
                d.reason() == null ? null : ReleaseReason.fromCode(d.reason()),
                sentence(d.sentence()), d.person());
    }

    private static Sentence sentence(List<SentenceComponentDocument> components) {
        if (components == null || components.isEmpty()) {
            return null;
        }
        List<SentenceComponent> parts = new ArrayList<>();
        for (SentenceComponentDocument c : components) {
            parts.add(new SentenceComponent(SentenceKind.fromCode(c.kind()), period(c.duration()),
                    c.amount() == null ? null : new BigDecimal(c.amount()), c.currency(), c.regime()));
        }
        return new Sentence(parts);
    }

    private static DateWithPrecision date(String date, String precision) {
        return date == null ? null
                : new DateWithPrecision(LocalDate.parse(date), precision == null ? DatePrecision.DAY : DatePrecision.fromCode(precision));
    }

    private static Period period(String duration) {
        return duration == null ? null : Period.parse(duration);
    }
}
