package org.kuzet.legalcase;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.kuzet.shared.DateWithPrecision;

/** A person's legal status on a date and how it came about, as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LegalStatusView(String person, String asOf, Status status, List<Period> timeline) {

    /** The status: its kind, since when, until when it is expected to last, and what caused it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Status(String kind, String since, String sincePrecision, String expectedEnd, String expectedEndPrecision,
                         String releaseReason, Cause cause, List<Component> sentence, String inCustodySince,
                         String inCustodySincePrecision, List<Ban> bans) {

        static Status of(LegalStatus s) {
            return new Status(s.kind().code(), date(s.since()), precision(s.since()), date(s.expectedEnd()),
                    precision(s.expectedEnd()), s.releaseReason().map(ReleaseReason::code).orElse(null),
                    s.cause().map(c -> new Cause(c.caseKey(), c.kind().code(), c.date().date().toString(),
                            c.date().precision().code())).orElse(null),
                    s.sentence().map(x -> x.components().stream().map(Component::of).toList()).orElse(List.of()),
                    date(s.inCustodySince()), precision(s.inCustodySince()),
                    s.bans().stream().map(b -> new Ban(b.kind().code(), b.term().toString(), date(b.until()))).toList());
        }
    }

    /** The stage that brought the status about. */
    public record Cause(String legalCase, String stage, String date, String datePrecision) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String kind, String duration, String amount, String currency) {
        static Component of(SentenceComponent c) {
            return new Component(c.kind().code(), c.duration() == null ? null : c.duration().toString(),
                    c.amount() == null ? null : c.amount().toPlainString(), c.currency());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ban(String kind, String term, String until) {
    }

    /** A stretch of time with one status; {@code until} is the day the next one began (exclusive). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String from, String until, Status status) {
        static Period of(StatusPeriod p) {
            return new Period(p.from().toString(), p.until().map(Object::toString).orElse(null), Status.of(p.status()));
        }
    }

    private static String date(Optional<DateWithPrecision> d) {
        return d.map(x -> x.date().toString()).orElse(null);
    }

    private static String precision(Optional<DateWithPrecision> d) {
        return d.map(x -> x.precision().code()).orElse(null);
    }
}
