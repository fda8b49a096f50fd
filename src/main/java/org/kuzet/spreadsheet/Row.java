package org.kuzet.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One data row as its fields, and the problems found in it, each under its column. */
final class Row {

    final long number;
    private final List<String> cells;
    private final Columns columns;
    private final String separator;
    final List<ImportProblem> problems = new ArrayList<>();
    /** Columns with a problem of their own, whose record-level echo ("is required") is not repeated. */
    final Set<String> columnsWithProblems = new HashSet<>();
    /** Whether the row is left out on purpose, with its reason among the problems ({@link #leaveOut}). */
    private boolean leftOut;
    /**
     * Parts of the record this row alone puts in place ("stages[2]" → the column of the stage's date): a record's
     * list built from several columns has no fixed path per column.
     */
    private final Map<String, Field> placed = new HashMap<>();

    Row(long number, List<String> cells, Columns columns, String separator) {
        this.number = number;
        this.cells = cells;
        this.columns = columns;
        this.separator = separator;
    }

    /** The cell's text, stripped; null when the cell is empty or no column fills the field. */
    String text(Field field) {
        int column = columns.columnOf(field);
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** The values of a cell that holds several, split at the separator or a line break; empty parts dropped. */
    List<String> list(Field field) {
        String text = text(field);
        List<String> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
        for (String part : text.split(Pattern.quote(separator) + "|\\R")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    int columnOf(Field field) {
        return columns.columnOf(field);
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** A cell beyond the header's columns, or under an empty header, that holds something. */
    void checkUnnamedCells() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && columns.field(i) == null) {
                problems.add(new ImportProblem(number, "", "column " + (i + 1)
                        + " holds '" + abbreviate(cells.get(i)) + "' but has no header; name the column or empty it", true));
            }
        }
    }

    void problem(Field field, String message) {
        String header = header(field);
        columnsWithProblems.add(header);
        problems.add(new ImportProblem(number, header, message, true));
    }

    /**
     * Leaves the row out on purpose, never silently: the reason is listed as a warning of the row, which is neither
     * written nor rejected (a row already imported, a kind of event Kuzet does not record).
     */
    void leaveOut(Field field, String reason) {
        leftOut = true;
        problems.add(new ImportProblem(number, header(field), "left out: " + reason, false));
    }

    boolean leftOut() {
        return leftOut;
    }

    void warning(Field field, String message) {
        problems.add(new ImportProblem(number, header(field), message, false));
    }

    /**
     * Says that the record's problems at {@code path} ("stages[2]", "stages[2].sentence") and below are those of
     * {@code field}'s column; the longest path given wins.
     */
    void place(String path, Field field) {
        placed.put(path, field);
    }

    /** A problem the record's own check found at {@code path} (a JSON path of the record). */
    void recordProblem(String path, String message) {
        String header = placedHeader(path);
        if (header == null) {
            header = columns.columnForPath(path);
        }
        if (header.isEmpty()) {
            problems.add(new ImportProblem(number, "", path.replaceFirst("^\\$\\.", "") + ": " + message, true));
        } else if (!columnsWithProblems.contains(header)) {
            problems.add(new ImportProblem(number, header, message, true));
        }
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::error);
    }

    /** The column of the longest path {@link #place placed} that {@code path} is at or under, or null. */
    private String placedHeader(String path) {
        String p = path.startsWith("$.") ? path.substring(2) : path;
        String best = null;
        for (String at : placed.keySet()) {
            boolean under = p.equals(at) || p.startsWith(at + ".") || p.startsWith(at + "[");
            if (under && (best == null || at.length() > best.length()) && columns.columnOf(placed.get(at)) >= 0) {
                best = at;
            }
        }
        return best == null ? null : header(placed.get(best));
    }

    List<String> cells() {
        return cells;
    }

    private String header(Field field) {
        int column = columns.columnOf(field);
        return column < 0 ? "" : columns.header(column);
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
