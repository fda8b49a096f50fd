package org.kuzet.identity;

import java.util.Locale;
import org.kuzet.shared.RecordNotFoundException;

/** What identity resolution works on: persons and organisations, with their tables and API collection names. */
public enum Subject {
    PERSON("person", "persons", "person_name", "person_id"),
    ORGANIZATION("organization", "organizations", "organization_name", "organization_id");

    final String table;
    final String collection;
    final String nameTable;
    final String nameOwner;

    Subject(String table, String collection, String nameTable, String nameOwner) {
        this.table = table;
        this.collection = collection;
        this.nameTable = nameTable;
        this.nameOwner = nameOwner;
    }

    /** The record's table and its kind in messages: {@code person}, {@code organization}. */
    public String table() {
        return table;
    }

    /** The collection in paths: {@code persons}, {@code organizations}. */
    public String collection() {
        return collection;
    }

    public static Subject ofCollection(String collection) {
        for (Subject s : values()) {
            if (s.collection.equals(collection)) {
                return s;
            }
        }
        throw new RecordNotFoundException("collection", collection);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
