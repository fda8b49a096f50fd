package org.kuzet.spreadsheet;

/**
 * Something wrong with a row: {@code row} as the spreadsheet shows it (the header is row 1), {@code column} its
 * header ("" when the problem is the row's as a whole). A warning ({@code error} false) does not stop the import:
 * it tells of a likely duplicate to review, which is never merged by the import.
 */
public record ImportProblem(long row, String column, String message, boolean error) {

    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : ", column \"" + column + "\"") + ": "
                + (error ? "" : "warning: ") + message;
    }
}
