package org.kuzet.spreadsheet;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file a row at a time: the encoding (UTF-8 with or without a byte-order mark, UTF-16 with one, else
 * Windows-1251, the Cyrillic code page of Excel on Russian Windows) and the separator (comma, semicolon or tab,
 * whichever the header line holds) are found, never assumed; quoted cells may hold separators and line breaks.
 */
final class CsvRows {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF = 8192;
    /** How far the header line is looked at for its separator. */
    private static final int HEADER_LIMIT = 1 << 20;

    private CsvRows() {
    }

    /**
     * The encoding of the file: a byte-order mark names it; else UTF-8 when every byte of the file decodes as UTF-8
     * (read through once, in bounded memory), else Windows-1251. An empty file and one with binary content (NUL
     * bytes, a ZIP archive such as an XLSX file renamed) are refused.
     */
    static Charset detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0 || isBlank(head)) {
            throw new UnreadableFile("the file is empty");
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new UnreadableFile("the file is a ZIP archive (an XLSX workbook?), not CSV text; import it with the xlsx format");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableFile("the file holds binary data, not CSV text; save the sheet as CSV (UTF-8) or XLSX");
            }
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    private static boolean isBlank(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return false;
            }
        }
        return head.length < SNIFF;
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = in.read(chunk)) > 0) {
                bytes.put(chunk, 0, n).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Reads every row of {@code in} in {@code charset}, none kept; a cell over {@code cellLimit} characters stops it. */
    static void read(InputStream in, Charset charset, int cellLimit, RowVisitor visitor) throws IOException {
        BoundedCellReader bounded = new BoundedCellReader(new InputStreamReader(new BufferedInputStream(in), strict(charset)),
                cellLimit);
        BufferedReader reader = new BufferedReader(bounded, 64 * 1024);
        try {
            reader.mark(HEADER_LIMIT);
            char delimiter = delimiter(reader);
            reader.reset();
            bounded.delimiter(delimiter);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    String[] cells = record.values();
                    if (record.getRecordNumber() == 1 && cells.length > 0 && cells[0].startsWith("\uFEFF")) {
                        cells[0] = cells[0].substring(1); // the byte-order mark is not part of the first header
                    }
                    visitor.row(record.getRecordNumber(), Arrays.asList(cells));
                }
            }
        } catch (BoundedCellReader.CellTooLarge e) {
            throw new UnreadableFile(e.getMessage());
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("the file is not " + charset.displayName() + " text throughout");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof BoundedCellReader.CellTooLarge tooLarge) {
                throw new UnreadableFile(tooLarge.getMessage());
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFile("the file is not " + charset.displayName() + " text throughout");
            }
            throw new UnreadableFile("the file is not valid CSV: " + e.getCause().getMessage());
        }
    }

    /** The separator the header line uses; a header that uses two equally often is refused rather than guessed. */
    private static char delimiter(BufferedReader reader) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int c;
        int read = 0;
        while ((c = reader.read()) >= 0 && read++ < HEADER_LIMIT - 1) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        int most = Math.max(commas, Math.max(semicolons, tabs));
        if (most == 0) {
            return ',';
        }
        int ties = (commas == most ? 1 : 0) + (semicolons == most ? 1 : 0) + (tabs == most ? 1 : 0);
        if (ties > 1) {
            throw new UnreadableFile("the header line holds as many of two separators (" + commas + " commas, " + semicolons
                    + " semicolons, " + tabs + " tabs); cannot tell which one separates the columns");
        }
        return most == commas ? ',' : most == semicolons ? ';' : '\t';
    }
}
