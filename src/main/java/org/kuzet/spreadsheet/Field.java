package org.kuzet.spreadsheet;

import java.util.List;

/**
 * A field of a record that a column can fill: {@code name} is what a saved mapping names it ("date", "title.ru"),
 * {@code path} the part of the record's JSON that the record's own checks report problems under (so a problem is
 * shown in this column), {@code headers} the English, Russian and Kazakh headers that mean it.
 */
record Field(String name, String path, List<String> headers) {

    /** A column deliberately left out: a row number, a colour, a spreadsheet's own notes. */
    static final Field IGNORED = new Field("-", "", List.of("№", "#", "no.", "n", "nn", "п/п", "№ п/п"));

    static Field of(String name, String... headers) {
        return new Field(name, name, List.of(headers));
    }

    static Field at(String name, String path, String... headers) {
        return new Field(name, path, List.of(headers));
    }
}
