package org.kuzet.spreadsheet;

import java.util.Locale;

/** The files a sheet is imported from. */
public enum SpreadsheetFormat {
    CSV, XLSX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format by its code ("csv"), or by a file name's ending; null when neither tells. */
    public static SpreadsheetFormat of(String codeOrFileName) {
        if (codeOrFileName == null) {
            return null;
        }
        String s = codeOrFileName.toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat f : values()) {
            if (s.equals(f.code()) || s.endsWith("." + f.code())) {
                return f;
            }
        }
        return s.endsWith(".tsv") ? CSV : null;
    }
}
