package org.kuzet.spreadsheet;

import java.util.List;
import java.util.Map;
import org.kuzet.identity.DuplicatePair;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Subject;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordStore;

/**
 * One kind of record a sheet can hold: the fields its columns fill, and how a row becomes the record's document.
 * The record is then checked and written by the record's own service ({@link RecordStore#validate},
 * {@link RecordStore#writes}), the same rules as for the API, the forms and the bundle.
 */
abstract class RowKind<D extends RecordDocument<D>, V> {

    /** "incidents", "persons". */
    abstract String name();

    abstract List<Field> fields();

    abstract RecordStore<D, V, ?> store();

    /**
     * The record a row describes; a cell that cannot be read is a problem of the row and left out of it. A row that
     * {@linkplain Row#leaveOut is left out} describes none (null).
     */
    abstract D document(Row row, CellValues values, Context context);

    /** How the rows' references by key are resolved while they are checked: the records in the database. */
    KeyResolver references() {
        return store().references();
    }

    /** Called once the rows are checked and about to be written, in the import's transaction. */
    void beforeWrites() {
    }

    /** What the rows become, as a message names them: "incidents". */
    String records() {
        return name();
    }

    /** What a kind needs besides the cells: the separator of lists, the original language, name matching. */
    /**
     * What checking a row needs beyond the row: {@code warns} is false when the row's warnings are not wanted (the
     * writing pass, which reports only errors: the checking pass has told every warning already), so that no lookup is
     * made only to warn — by any kind of row (a person's namesakes, a case's number, a source's address).
     */
    record Context(ImportMapping mapping, Duplicates duplicates, boolean warns) {
    }

    /**
     * A text given in up to three columns, one per language; the original is the mapping's original language when
     * given there, else the first of the columns in the sheet's order that holds text.
     */
    static LocalizedText localized(Row row, Context context, Map<String, Field> byLanguage) {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        byLanguage.forEach((language, field) -> {
            String text = row.text(field);
            if (text != null) {
                texts.put(language, text);
            }
        });
        if (texts.isEmpty()) {
            return null;
        }
        String original = context.mapping().originalLanguage();
        if (original == null || !texts.containsKey(original)) {
            original = texts.keySet().stream()
                    .min(java.util.Comparator.comparingInt(language -> row.columnOf(byLanguage.get(language))))
                    .orElseThrow();
        }
        return new LocalizedText(original, texts);
    }

    /**
     * The key of the recorded person or organisation a cell names: by its key, else by the identity module's name
     * matching. No match, or several, is a problem naming the candidates: a name is never guessed to be one of two
     * records, and no record is created for it. A match under another spelling is accepted with a warning.
     */
    static String recorded(Row row, Field field, Subject subject, String written, Context context,
                           KeyResolver refs) {
        if (refs.id(subject.table(), written).isPresent()) {
            return written;
        }
        List<DuplicatePair.Party> similar = context.duplicates().similarTo(subject, written);
        if (similar.isEmpty()) {
            row.problem(field, "no recorded " + subject.table() + " is named '" + Row.abbreviate(written) + "'; import the "
                    + subject.collection() + " first, or write the key of the one meant");
            return null;
        }
        if (similar.size() > 1) {
            row.problem(field, "'" + Row.abbreviate(written) + "' may name several recorded " + subject.collection() + ": "
                    + String.join(", ", similar.stream().limit(5).map(p -> p.key() + " (" + p.name() + ")").toList())
                    + "; write the key of the one meant");
            return null;
        }
        DuplicatePair.Party party = similar.getFirst();
        boolean sameName = Columns.normal(party.name()).equals(Columns.normal(written))
                || party.otherNames().stream().anyMatch(n -> Columns.normal(n).equals(Columns.normal(written)));
        if (!sameName) {
            row.warning(field, "'" + Row.abbreviate(written) + "' was read as " + party.key() + " (" + party.name() + ")");
        }
        return party.key();
    }

    /**
     * A warning on a row that describes a new record whose name likely names one already recorded (the identity
     * module's matching, as the entry forms warn): the row is imported as asked, a namesake being possible, and never
     * merged; the duplicates page decides.
     */
    static void warnIfRecorded(Row row, Field field, Subject subject, String name, Context context) {
        if (name == null || !context.warns()) {
            return;
        }
        List<DuplicatePair.Party> similar = context.duplicates().similarTo(subject, name);
        if (!similar.isEmpty()) {
            row.warning(field, "likely the same " + subject.table() + " as " + String.join(", ", similar.stream().limit(5)
                    .map(p -> p.key() + " (" + p.name() + ")").toList()) + ", already recorded; imported as a new "
                    + subject.table() + " if you go on: not merged (review it on the duplicates page), or leave the row out");
        }
    }

    /**
     * A warning on a row that describes a new record likely recorded already, by what {@code alike} says the
     * recorded ones share with it ("the same URL"): imported as asked if the user goes on, never merged.
     */
    static void warnIfRecorded(Row row, Field field, String record, String alike, List<String> keys) {
        if (!keys.isEmpty()) {
            row.warning(field, "likely the same " + record + " as " + String.join(", ", keys) + ", already recorded with "
                    + alike + "; imported as a new " + record + " if you go on (not merged), or leave the row out");
        }
    }
}
