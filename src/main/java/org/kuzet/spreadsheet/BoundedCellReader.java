package org.kuzet.spreadsheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses CSV text with a cell longer than a limit before the CSV parser holds it: it follows the quoting as the
 * parser does ({@code ""} inside a quoted cell toggles twice) and counts the characters since the last separator or
 * line end outside quotes. Until the delimiter is known every candidate (, ; tab) ends a cell.
 */
final class BoundedCellReader extends FilterReader {

    private final int limit;
    private char delimiter;
    private boolean quoted;
    private int inCell;
    private long recordsEnded;

    BoundedCellReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    void delimiter(char d) {
        this.delimiter = d;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) throws IOException {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\n') {
                recordsEnded++;
            }
            inCell = 0;
            return;
        } else if (!quoted && (delimiter == 0 ? c == ',' || c == ';' || c == '\t' : c == delimiter)) {
            inCell = 0;
            return;
        }
        if (++inCell > limit) {
            throw new CellTooLarge(recordsEnded + 1, limit);
        }
    }

    /** A cell past the limit, in the row (record) that holds it. */
    static final class CellTooLarge extends IOException {

        final long row;

        CellTooLarge(long row, int limit) {
            super("row " + row + ": a cell is longer than " + limit + " characters; the file was not read further");
            this.row = row;
        }
    }
}
