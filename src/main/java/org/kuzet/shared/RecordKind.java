package org.kuzet.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of record Kuzet keeps, each with its table and the collection that names it in addresses
 * ({@code /api/v1/cases}): the one list that the features, the audit of reads and the database's key counters
 * (V25, one {@code <table>_key_seq} each) agree on. A new kind of record is added here first.
 */
public enum RecordKind {

    SOURCE("source", "sources", true),
    ORGANIZATION("organization", "organizations", true),
    CONTACT("contact", "contacts", true),
    PERSON("person", "persons", true),
    EVENT("event", "events", true),
    LEGAL_CASE("legal_case", "cases", true),
    INCIDENT("incident", "incidents", true),
    INTERVENTION("intervention", "interventions", true),
    REPORTED_FIGURE("reported_figure", "reported-figures", true),
    /** Keyed and confidential like the others, but kept by the reports, not as a versioned record with a history. */
    RECOMMENDATION("recommendation", "recommendations", false);

    private final String table;
    private final String collection;
    private final boolean stored;

    RecordKind(String table, String collection, boolean stored) {
        this.table = table;
        this.collection = collection;
        this.stored = stored;
    }

    public String table() {
        return table;
    }

    public String collection() {
        return collection;
    }

    /** Kept by a {@link RecordStore}: versioned, deleted softly, with a history of its versions. */
    public boolean stored() {
        return stored;
    }

    /** Whether its records may cite sources (every stored kind but the sources themselves and contacts). */
    public boolean citesSources() {
        return stored && this != SOURCE && this != CONTACT;
    }

    public static Optional<RecordKind> ofTable(String table) {
        return Arrays.stream(values()).filter(k -> k.table.equals(table)).findFirst();
    }

    public static Optional<RecordKind> ofCollection(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
    }

    /** The tables of every kind. */
    public static Set<String> tables() {
        return Arrays.stream(values()).map(RecordKind::table).collect(Collectors.toUnmodifiableSet());
    }
}
