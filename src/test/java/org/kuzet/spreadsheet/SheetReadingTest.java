package org.kuzet.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and XLSX files, written here with commons-csv and POI, read back a row at a time. */
class SheetReadingTest {

    @TempDir
    Path dir;

    private static final List<List<String>> ROWS = List.of(
            List.of("дата", "тип", "заголовок"),
            List.of("12.05.2021", "Задержание", "Жанаозен: задержан активист"),
            List.of("май 2021", "detention", "Алматы; пикет, \"Оян\""));

    private Path csv(String name, Charset charset, boolean bom, char delimiter, List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            }
            out.write(text.toString().getBytes(charset));
        }
        return file;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Charset charset = CsvRows.detect(file);
        try (InputStream in = Files.newInputStream(file)) {
            CsvRows.read(in, charset, 100_000, (n, cells) -> rows.add(List.copyOf(cells)));
        }
        return rows;
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkAndWindows1251ReadTheSameCells() throws IOException {
        Path plain = csv("plain.csv", StandardCharsets.UTF_8, false, ',', ROWS);
        Path bom = csv("bom.csv", StandardCharsets.UTF_8, true, ',', ROWS);
        Path cyrillic = csv("cp1251.csv", CsvRows.WINDOWS_1251, false, ',', ROWS);

        assertThat(CsvRows.detect(plain)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvRows.detect(bom)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvRows.detect(cyrillic)).isEqualTo(CsvRows.WINDOWS_1251);
        assertThat(readCsv(plain)).isEqualTo(ROWS);
        assertThat(readCsv(bom)).isEqualTo(ROWS);
        assertThat(readCsv(cyrillic)).isEqualTo(ROWS);
    }

    @Test
    void semicolonsAndTabsSeparateColumnsWhenTheHeaderUsesThem() throws IOException {
        assertThat(readCsv(csv("semicolons.csv", StandardCharsets.UTF_8, false, ';', ROWS))).isEqualTo(ROWS);
        assertThat(readCsv(csv("tabs.csv", StandardCharsets.UTF_8, false, '\t', ROWS))).isEqualTo(ROWS);
    }

    @Test
    void aQuotedLineBreakStaysInItsCellAndRowsAreNumberedAsRecords() throws IOException {
        List<List<String>> rows = List.of(List.of("name", "description"), List.of("Асель", "first line\nsecond line"),
                List.of("Bolat", "one"));
        Path file = csv("newlines.csv", StandardCharsets.UTF_8, false, ',', rows);
        List<Long> numbers = new ArrayList<>();
        List<List<String>> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CsvRows.read(in, StandardCharsets.UTF_8, 100_000, (n, cells) -> {
                numbers.add(n);
                read.add(List.copyOf(cells));
            });
        }
        assertThat(read).isEqualTo(rows);
        assertThat(numbers).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anEmptyFileAndABinaryFileNamedCsvAreRefused() throws IOException {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path bomOnly = Files.write(dir.resolve("bom-only.csv"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n'});
        Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});

        assertThatThrownBy(() -> CsvRows.detect(empty)).isInstanceOf(UnreadableFile.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvRows.detect(bomOnly)).isInstanceOf(UnreadableFile.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvRows.detect(binary)).isInstanceOf(UnreadableFile.class).hasMessageContaining("binary");
    }

    @Test
    void anXlsxWorkbookRenamedCsvIsRefusedAsAZipArchive() throws IOException {
        Path workbook = xlsx();
        Path renamed = Files.copy(workbook, dir.resolve("sheet.csv"));

        assertThatThrownBy(() -> CsvRows.detect(renamed)).isInstanceOf(UnreadableFile.class).hasMessageContaining("ZIP");
    }

    @Test
    void aCellOverTheLimitIsRefusedNamingItsRowBeforeItIsHeld() throws IOException {
        String big = "x".repeat(100_001);
        Path file = csv("big.csv", StandardCharsets.UTF_8, false, ',', List.of(List.of("name", "description"),
                List.of("a", "b"), List.of("c", big)));
        assertThatThrownBy(() -> readCsv(file)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("row 3").hasMessageContaining("longer than 100000");
    }

    @Test
    void twoSeparatorsUsedEquallyInTheHeaderAreRefusedRatherThanGuessed() throws IOException {
        Path file = Files.writeString(dir.resolve("both.csv"), "a,b;c\n1,2;3\n");
        assertThatThrownBy(() -> readCsv(file)).isInstanceOf(UnreadableFile.class).hasMessageContaining("separator");
    }

    private Path xlsx() throws IOException {
        Path file = dir.resolve("sheet.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("incidents");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("date");
            header.createCell(1).setCellValue("victim count");
            header.createCell(2).setCellValue("title");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2021, 5, 12));
            row.getCell(0).setCellStyle(dateStyle);
            row.createCell(1).setCellFormula("10+2");
            row.createCell(2).setCellValue("=HYPERLINK(\"x\")");
            Row third = sheet.createRow(3);
            third.createCell(2).setCellValue("after an empty row");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    @Test
    void anXlsxDateCellReadsAsItsIsoDateAndAFormulaAsTheValueExcelComputedNeverEvaluated() throws IOException {
        List<Long> numbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        XlsxRows.read(xlsx(), 100_000, (n, cells) -> {
            numbers.add(n);
            rows.add(List.copyOf(cells));
        });
        assertThat(rows.get(0)).containsExactly("date", "victim count", "title");
        assertThat(rows.get(1)).containsExactly("2021-05-12", "12", "=HYPERLINK(\"x\")");
        assertThat(rows.get(2)).containsExactly("", "", "after an empty row");
        assertThat(numbers).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsXlsx() throws IOException {
        Path file = Files.writeString(dir.resolve("text.xlsx"), "date,type\n");
        assertThatThrownBy(() -> XlsxRows.read(file, 100_000, (n, cells) -> { }))
                .isInstanceOf(UnreadableFile.class).hasMessageContaining("not an XLSX");
    }

    /** 200,000 rows made as they are read: the reader hands each on and keeps none. */
    @Test
    void aStreamOfTwoHundredThousandRowsIsReadOneRowAtATime() throws IOException {
        int total = 200_000;
        InputStream generated = new InputStream() {
            private int row = -1;
            private byte[] line = new byte[0];
            private int at;

            @Override
            public int read() {
                if (at == line.length) {
                    row++;
                    if (row > total) {
                        return -1;
                    }
                    String text = row == 0 ? "name;description\n" : "Person " + row + ";\"line one\nline two; " + row + "\"\n";
                    line = text.getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return line[at++] & 0xff;
            }
        };
        long[] seen = {0, 0};
        CsvRows.read(generated, StandardCharsets.UTF_8, 100_000, (n, cells) -> {
            if (n > 1) {
                assertThat(cells).containsExactly("Person " + (n - 1), "line one\nline two; " + (n - 1));
            }
            seen[0]++;
            seen[1] = n;
        });
        assertThat(seen[0]).isEqualTo(total + 1);
        assertThat(seen[1]).isEqualTo(total + 1);
    }
}
