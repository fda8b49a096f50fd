package org.kuzet.person;

/** A member, founder, supporter… of an organisation, as the organisation page lists them. */
public record Member(String key, String name, String kind, boolean alleged, String from, String fromPrecision,
                     String until, String untilPrecision) {
}
