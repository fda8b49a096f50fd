package org.kuzet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final String CALC = "=1+2+cmd|' /C calc'!A0";

    @Test
    void textThatStartsLikeAFormulaIsReadBackAsTextBehindAQuote() throws IOException {
        List<String> payloads = List.of(CALC, "@SUM(1+9)*cmd|' /C calc'!A0", "+7 701 000 0000", "-2+3+cmd|' /C calc'!A0",
                "\t=1+1", "\r=1+1", "-");

        List<CSVRecord> rows = readBack(CsvTable.write(List.of("name"), payloads.stream().map(List::of).toList()));

        assertThat(rows.stream().map(r -> r.get("name")).toList())
                .isEqualTo(payloads.stream().map(p -> "'" + p).toList());
    }

    @Test
    void numbersOfANumericColumnStayNumbersNegativeOnesToo() throws IOException {
        List<CSVRecord> rows = readBack(CsvTable.write(List.of("name", "count", "balance"),
                List.of(List.of("Aigul", 3, new BigDecimal("-5.50")), Arrays.asList("-5", -5L, null))));

        assertThat(rows.get(0).values()).containsExactly("Aigul", "3", "-5.50");
        // the text "-5" in a text column may be anything a person typed: it is neutralised, the number is not
        assertThat(rows.get(1).values()).containsExactly("'-5", "-5", "");
    }

    @Test
    void ordinaryTextCyrillicAndQuotesComeBackAsTheyWere() throws IOException {
        List<String> texts = List.of("Нурлан Ержанов", "5 years' imprisonment", "2021-03-01", "a \"quoted\", text", "");

        List<CSVRecord> rows = readBack(CsvTable.write(List.of("text"), texts.stream().map(List::of).toList()));

        assertThat(rows.stream().map(r -> r.get("text")).toList()).isEqualTo(texts);
    }

    @Test
    void theFileStartsWithAByteOrderMarkForExcel() {
        byte[] file = CsvTable.write(List.of("a"), List.of());

        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
    }

    private static List<CSVRecord> readBack(byte[] file) throws IOException {
        var reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
}
