package org.kuzet.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;

/**
 * A table written as a CSV file for a spreadsheet to open: the one way Kuzet writes CSV, so that every export obeys
 * the rule of {@link #cell}, which also fills the cells of a workbook ({@link #set}). UTF-8 with a byte-order
 * mark, so that Excel opens Cyrillic and Kazakh names as they
 * are; RFC 4180 quoting (Apache Commons CSV).
 */
public final class CsvTable {

    /**
     * The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): {@code =},
     * {@code +}, {@code -}, {@code @}, tab and carriage return.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvTable() {
    }

    /** The table with a header row; each row's values become cells by {@link #cell}. */
    public static byte[] write(List<String> headers, Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(headers, rows, out);
        return out.toByteArray();
    }

    /**
     * {@link #write(List, Iterable)} onto {@code out}, row by row (a ZIP entry, a file), which stays open: what a
     * large table is written with.
     */
    public static void write(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) {
        write(headers, rows, out, true);
    }

    /**
     * The same, with or without the byte-order mark: a file for other programs to read in a format of their own
     * (ACLED's) goes without, as theirs do; the cells obey {@link #cell} either way.
     */
    public static void write(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out,
                             boolean byteOrderMark) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(headers.stream().map(CsvTable::cell).toList());
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvTable::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table written a row at a time as its rows come (the rows a spreadsheet import rejects), by the same rule:
     * the header at once, each {@link Rows#row} as it comes; {@link Rows#close} flushes and leaves {@code out} open.
     */
    public static Rows open(List<String> headers, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(headers.stream().map(CsvTable::cell).toList());
            return new Rows(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a table being written; see {@link #open}. */
    public static final class Rows implements AutoCloseable {

        private final CSVPrinter csv;

        private Rows(CSVPrinter csv) {
            this.csv = csv;
        }

        public void row(List<?> values) {
            try {
                csv.printRecord(values.stream().map(CsvTable::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Fills a cell of a workbook (XLSX) by the rule of {@link #cell}: a {@link Number} is a numeric cell, nothing an
     * empty one, and text a text cell that never starts like a formula, so that the sheet, or a CSV saved from it,
     * keeps it as text.
     */
    public static void set(Cell target, Object value) {
        if (value instanceof Number number) {
            target.setCellValue(number.doubleValue());
        } else if (value != null) {
            target.setCellValue(cell(value));
        }
    }

    /**
     * What a cell holds, so that no value becomes a formula in a spreadsheet: text that starts like a formula
     * ({@code =1+2+cmd|' /C calc'!A0}, {@code @SUM(...)}, {@code -2+3}, {@code +7 701...}, a tab or carriage return)
     * gets a single quote before it, as OWASP recommends, so that it shows as the text it is; a number of a numeric
     * column ({@link Number}: {@code -5}, {@code 1.5}) stays a number; nothing ({@code null}) is an empty cell. A
     * numeric column therefore passes numbers, never their text.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
