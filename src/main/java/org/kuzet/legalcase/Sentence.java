package org.kuzet.legalcase;

import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a court imposed: one or more punishments ("one year of restriction of freedom and a three-year ban on use of
 * social media"). A court states one final term per kind of punishment, so a kind appears at most once. An unknown
 * sentence is recorded by giving no sentence at all, never an empty one.
 */
public record Sentence(List<SentenceComponent> components) {

    public Sentence {
        Objects.requireNonNull(components, "components");
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one component; leave an unknown sentence out");
        }
        Set<SentenceKind> seen = EnumSet.noneOf(SentenceKind.class);
        for (SentenceComponent component : components) {
            if (!seen.add(component.kind())) {
                throw new IllegalArgumentException("a sentence states one term per punishment; " + component.kind().code()
                        + " appears twice");
            }
        }
    }

    public static Sentence of(SentenceComponent... components) {
        return new Sentence(Arrays.asList(components));
    }

    public Optional<SentenceComponent> component(SentenceKind kind) {
        return components.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** The punishment served behind bars, if any: imprisonment, or administrative detention. */
    public Optional<SentenceComponent> custodialComponent() {
        return component(SentenceKind.IMPRISONMENT).or(() -> component(SentenceKind.ADMINISTRATIVE_DETENTION));
    }

    /** Restriction of freedom: probation control served at home, without isolation from society. */
    public Optional<SentenceComponent> restrictionOfFreedom() {
        return component(SentenceKind.RESTRICTION_OF_FREEDOM);
    }

    /**
     * The longest punishment served at liberty other than restriction of freedom and the bans: forced labour,
     * probation, a suspended sentence, a term of community service or treatment.
     */
    public Optional<SentenceComponent> longestTermAtLiberty() {
        return components.stream()
                .filter(c -> c.duration() != null && !c.kind().isCustodial() && !c.kind().isBan()
                        && c.kind() != SentenceKind.RESTRICTION_OF_FREEDOM)
                .max((a, b) -> Long.compare(roughDays(a.duration()), roughDays(b.duration())));
    }

    /** Additional bans (on public activity, on social media) that run beside or after the main punishment. */
    public List<SentenceComponent> bans() {
        return components.stream().filter(c -> c.kind().isBan()).toList();
    }

    /** This sentence with the punishment of the given kind replaced, as when a court converts it into another one. */
    public Sentence replacing(SentenceKind kind, SentenceComponent replacement) {
        List<SentenceComponent> replaced = new ArrayList<>();
        for (SentenceComponent component : components) {
            if (component.kind() == kind) {
                replaced.add(replacement);
            } else if (component.kind() != replacement.kind()) {
                replaced.add(component);
            }
        }
        return new Sentence(replaced);
    }

    private static long roughDays(Period period) {
        return period.toTotalMonths() * 31 + period.getDays();
    }
}
