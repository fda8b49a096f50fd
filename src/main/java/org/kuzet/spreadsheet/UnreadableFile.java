package org.kuzet.spreadsheet;

/** The file cannot be read as a sheet at all (empty, binary, too large a cell): nothing of it is imported. */
public final class UnreadableFile extends RuntimeException {

    public UnreadableFile(String message) {
        super(message);
    }
}
