package org.kuzet.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.CsvTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The political-prisoner list as a CSV or DOCX file; every export is recorded in the audit trail. */
@Component
public class PrisonerExports {

    public static final List<String> FORMATS = List.of("csv", "docx");

    private final PoliticalPrisoners prisoners;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    public PrisonerExports(PoliticalPrisoners prisoners, MessageSource messages, ApplicationEventPublisher events) {
        this.prisoners = prisoners;
        this.messages = messages;
        this.events = events;
    }

    /**
     * A file to download.
     *
     * @param filename    e.g. {@code political-prisoners-2020-11-01.csv}
     * @param contentType its media type
     * @param content     the bytes
     */
    public record Export(String filename, String contentType, byte[] content) {
    }

    /** The list on {@code day} as {@code format} ({@code csv} or {@code docx}), audited as an export. */
    @Transactional
    public Export export(LocalDate day, Set<String> statuses, String format, String language) {
        PrisonerList list = prisoners.asOf(day, statuses, language);
        byte[] content = switch (format) {
            case "csv" -> csv(list, language);
            case "docx" -> docx(list, language);
            default -> throw new IllegalArgumentException("unknown export format " + format);
        };
        // which list and how long, never who is on it
        events.publishEvent(new AuditEvent("export", "political_prisoners", list.asOf(),
                Map.of("format", format, "count", list.count(), "statuses", list.statuses())));
        return new Export("political-prisoners-" + list.asOf() + "." + format, "csv".equals(format)
                ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content);
    }

    /** The list as a CSV table ({@link CsvTable}: UTF-8 for Excel, no cell a formula). */
    public byte[] csv(PrisonerList list, String language) {
        return CsvTable.write(List.of(headers(language)), list.prisoners().stream().map(p -> cells(p, language)).toList());
    }

    /** A Word document: a title, the date and the statuses listed, the count, and the table. */
    public byte[] docx(PrisonerList list, String language) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(message("prisoners.title", language));
            doc.createParagraph().createRun().setText(message("prisoners.asOf", language) + ": " + list.asOf());
            doc.createParagraph().createRun().setText(message("prisoners.statuses", language) + ": "
                    + String.join(", ", list.statuses().stream().map(s -> message("legalStatus." + s, language)).toList()));
            doc.createParagraph().createRun().setText(message("prisoners.count", language, list.count()));
            List<String> headers = List.of(headers(language));
            XWPFTable table = doc.createTable(1, headers.size());
            XWPFTableRow header = table.getRow(0);
            for (int i = 0; i < headers.size(); i++) {
                XWPFRun cell = header.getCell(i).getParagraphs().getFirst().createRun();
                cell.setBold(true);
                cell.setText(headers.get(i));
            }
            for (PrisonerList.Prisoner p : list.prisoners()) {
                XWPFTableRow row = table.createRow();
                List<String> cells = cells(p, language);
                for (int i = 0; i < cells.size(); i++) {
                    row.getCell(i).setText(cells.get(i));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] headers(String language) {
        return List.of("name", "status", "since", "articles", "sentence", "release", "assessedBy", "cases").stream()
                .map(c -> message("prisoners.col." + c, language)).toArray(String[]::new);
    }

    private List<String> cells(PrisonerList.Prisoner p, String language) {
        List<String> cells = new ArrayList<>();
        cells.add(p.name());
        cells.add(message("legalStatus." + p.status(), language));
        cells.add(date(p.since(), p.sincePrecision(), language));
        cells.add(String.join("; ", p.articles().stream()
                .map(a -> a.reference() + (a.label() == null ? "" : " " + a.label())).toList()));
        cells.add(p.sentenceText() == null ? message("prisoners.sentenceUnknown", language) : p.sentenceText());
        cells.add(p.expectedRelease() == null ? "" : date(p.expectedRelease(), p.expectedReleasePrecision(), language));
        cells.add(String.join("; ", p.assessments().stream()
                .map(a -> (a.assessedBy() == null ? "?" : a.assessedBy()) + " ("
                        + message("prisoners.conclusion." + a.conclusion(), language) + ", " + a.date() + ")").toList()));
        cells.add(String.join("; ", p.cases().stream()
                .map(c -> c.number() != null ? c.number() : c.title() != null ? c.title() : c.key()).toList()));
        return cells;
    }

    /** A date as the record knows it: "2020-11-01", "2020-11" (month), "2020" (year), "≈ 2020-11-01" (estimate). */
    static String date(String date, String precision, String language) {
        if (date == null) {
            return "";
        }
        return switch (precision == null ? "day" : precision) {
            case "month" -> date.substring(0, 7);
            case "year" -> date.substring(0, 4);
            case "approximate" -> "≈ " + date;
            default -> date;
        };
    }

    private String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(language == null ? "en" : language));
    }
}
