package org.kuzet.web;

/**
 * Another name of a person or an organisation as a row of its form: a spelling in another script, a
 * transliteration, a nickname, an abbreviation (DVK, ДВК)…
 *
 * @param script ISO 15924: Latn, Cyrl
 * @param lang   two letters: kk, ru, en
 * @param kind   one of the record's kinds of names
 */
public record NameRow(String name, String script, String lang, String kind) {

    /** Nothing typed: the row is dropped (the kind alone is only the list's default). */
    boolean isEmpty() {
        return isBlank(name) && isBlank(script) && isBlank(lang);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
