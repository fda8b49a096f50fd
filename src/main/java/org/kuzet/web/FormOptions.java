package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;

/** Fixed choices the forms offer in lists, such as the script and language of a name. */
public final class FormOptions {

    /** The scripts a name is written in here: Latin and Cyrillic (ISO 15924). */
    public static final List<String> SCRIPTS = List.of("Latn", "Cyrl");
    /** The languages of a name: Kazakh, Russian, English. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private FormOptions() {
    }

    /** {@code offered}, and the value the record has when it is not among them, so that a save keeps it. */
    public static List<String> with(List<String> offered, String current) {
        if (current == null || current.isBlank() || offered.contains(current)) {
            return offered;
        }
        List<String> all = new ArrayList<>(offered);
        all.add(current);
        return all;
    }
}
