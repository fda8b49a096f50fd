package org.kuzet.spreadsheet;

import java.util.List;

/** Receives the rows of a sheet one at a time, as they are read; none is kept. */
@FunctionalInterface
interface RowVisitor {

    /**
     * One row: {@code number} as the spreadsheet program shows it (the header is row 1 of a CSV file), and the
     * text of its cells, "" for an empty cell.
     */
    void row(long number, List<String> cells);
}
