package org.kuzet.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.vocabulary.LabelIndex;

/**
 * The header row read as fields: each column by the saved mapping when it names the header, else by the header's
 * own name in English, Russian or Kazakh ("date", "Дата", "күні"), whatever the case and spacing. A header that
 * names no field, an empty header over a filled column and two columns for one field are problems of row 1:
 * nothing a file holds is left out unless the mapping says so.
 */
final class Columns {

    private final List<String> headers;
    private final Field[] fields;

    private Columns(List<String> headers, Field[] fields) {
        this.headers = headers;
        this.fields = fields;
    }

    static Columns resolve(List<String> header, List<Field> known, ImportMapping mapping, List<ImportProblem> problems) {
        Map<String, Field> byHeader = new HashMap<>();
        Map<String, Field> byName = new HashMap<>();
        for (Field f : known) {
            byName.put(f.name(), f);
            byHeader.put(normal(f.name()), f);
            f.headers().forEach(h -> byHeader.put(normal(h), f));
        }
        Field.IGNORED.headers().forEach(h -> byHeader.put(normal(h), Field.IGNORED));
        Map<String, String> mapped = new HashMap<>();
        mapping.columns().forEach((h, f) -> mapped.put(normal(h), f));
        Field[] fields = new Field[header.size()];
        Map<Field, String> taken = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            String n = normal(h);
            Field field;
            if (mapped.containsKey(n)) {
                String name = mapped.get(n);
                field = name == null || name.isBlank() || name.equals(Field.IGNORED.name()) ? Field.IGNORED : byName.get(name);
                if (field == null) {
                    problems.add(new ImportProblem(1, h, "the mapping names '" + name + "', which is not a field ("
                            + String.join(", ", byName.keySet().stream().sorted().toList()) + ")", true));
                    field = Field.IGNORED;
                }
            } else if (h.isEmpty()) {
                field = null; // a column without a header is read only to check that it is empty
            } else {
                field = byHeader.get(n);
                if (field == null) {
                    problems.add(new ImportProblem(1, h, "names no field (known: " + String.join(", ",
                            known.stream().map(Field::name).toList()) + "); map it to one, or to \"-\" to leave it out", true));
                    field = Field.IGNORED;
                }
            }
            if (field != null && field != Field.IGNORED) {
                String other = taken.putIfAbsent(field, h);
                if (other != null) {
                    problems.add(new ImportProblem(1, h, "fills " + field.name() + ", as column \"" + other
                            + "\" does; keep one of them or map one to \"-\"", true));
                }
            }
            fields[i] = field;
        }
        return new Columns(List.copyOf(header), fields);
    }

    /** A header as compared: as a vocabulary label is ({@link LabelIndex#normal}), and a colon at its end aside. */
    static String normal(String header) {
        String h = LabelIndex.normal(header);
        return h.endsWith(":") ? h.substring(0, h.length() - 1).strip() : h;
    }

    int size() {
        return fields.length;
    }

    String header(int column) {
        return column < headers.size() ? headers.get(column).strip() : "";
    }

    /** The field of a column; null for a column without a header. */
    Field field(int column) {
        return column < fields.length ? fields[column] : null;
    }

    /** The column that fills {@code field}, or -1. */
    int columnOf(Field field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    /** What each header was read as, in order: the preview of the web page. */
    List<Map.Entry<String, String>> described() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            out.add(Map.entry(headers.get(i), fields[i] == null ? "" : fields[i].name()));
        }
        return out;
    }

    /** The column whose field the record's check names in {@code path} ("$.title.ru", "$.types[1]"), or "". */
    String columnForPath(String path) {
        String p = path.startsWith("$.") ? path.substring(2) : path;
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (f == null || f == Field.IGNORED || f.path().isEmpty()) {
                continue;
            }
            String fp = f.path();
            boolean matches = p.equals(fp) || p.startsWith(fp + ".") || p.startsWith(fp + "[")
                    || p.startsWith(fp) && p.length() > fp.length() && Character.isUpperCase(p.charAt(fp.length()));
            if (matches && fp.length() > bestLength) {
                best = i;
                bestLength = fp.length();
            }
        }
        return best < 0 ? "" : header(best);
    }
}
