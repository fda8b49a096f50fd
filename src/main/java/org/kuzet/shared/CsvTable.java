package org.kuzet.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table written as a CSV file for a spreadsheet to open: the one way Kuzet writes CSV, so that every export obeys
 * the rule of {@link #cell}. UTF-8 with a byte-order mark, so that Excel opens Cyrillic and Kazakh names as they
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
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(headers.stream().map(CsvTable::cell).toList());
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvTable::cell).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
