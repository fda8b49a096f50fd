package org.kuzet.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Bullets;
import org.kuzet.reporting.ReportDocument.Chart;
import org.kuzet.reporting.ReportDocument.Note;
import org.kuzet.reporting.ReportDocument.NoteRef;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Section;
import org.kuzet.reporting.ReportDocument.Table;
import org.kuzet.reporting.ReportDocument.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document: headings in the Title and Heading 1/2 styles (so Word's navigation and table of
 * contents see them), sources as real footnotes, each created at its first citation and referenced again by
 * later citations, the chart as a PNG.
 */
final class DocxRenderer {

    private static final String FONT = "DejaVu Sans";

    byte[] render(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            doc.createFootnotes();
            Map<Integer, Note> notes = new HashMap<>();
            report.notes().forEach(n -> notes.put(n.number(), n));
            Map<Integer, XWPFFootnote> footnotes = new HashMap<>();

            heading(doc, "Title", report.title(), 18);
            XWPFParagraph subtitle = doc.createParagraph();
            run(subtitle, report.subtitle(), false).setItalic(true);

            for (Section section : report.sections()) {
                heading(doc, section.level() <= 1 ? "Heading1" : "Heading2", section.heading(), section.level() <= 1 ? 14 : 12);
                for (Block block : section.blocks()) {
                    block(doc, block, notes, footnotes);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument doc, Block block, Map<Integer, Note> notes, Map<Integer, XWPFFootnote> footnotes)
            throws IOException {
        switch (block) {
            case Paragraph p -> spans(doc, doc.createParagraph(), p, notes, footnotes);
            case Bullets b -> {
                for (Paragraph item : b.items()) {
                    XWPFParagraph paragraph = doc.createParagraph();
                    paragraph.setIndentationLeft(360);
                    paragraph.setIndentationHanging(240);
                    run(paragraph, "• ", false);
                    spans(doc, paragraph, item, notes, footnotes);
                }
            }
            case Table t -> {
                XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
                table.setWidth("100%");
                fill(table.getRow(0), t.header(), true);
                for (int i = 0; i < t.rows().size(); i++) {
                    fill(table.getRow(i + 1), t.rows().get(i), false);
                }
                doc.createParagraph();
            }
            case Chart c -> {
                byte[] png = ChartImage.png(c);
                var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
                int widthPt = 440;
                int heightPt = widthPt * image.getHeight() / image.getWidth();
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                try {
                    paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart.png",
                            Units.toEMU(widthPt), Units.toEMU(heightPt));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IllegalStateException("chart image refused", e);
                }
                XWPFParagraph caption = doc.createParagraph();
                caption.setAlignment(ParagraphAlignment.CENTER);
                run(caption, c.caption(), false).setItalic(true);
            }
        }
    }

    private static void spans(XWPFDocument doc, XWPFParagraph paragraph, Paragraph p, Map<Integer, Note> notes,
                              Map<Integer, XWPFFootnote> footnotes) {
        ReportDocument.Span previous = null;
        for (var span : p.spans()) {
            if (span instanceof NoteRef && previous instanceof NoteRef) {
                // 1, 27, 28 rather than 12728
                run(paragraph, ",", false).setVerticalAlignment("superscript");
            }
            previous = span;
            switch (span) {
                case Text t -> run(paragraph, t.text(), t.bold());
                case NoteRef r -> {
                    XWPFFootnote footnote = footnotes.computeIfAbsent(r.number(), n -> footnote(doc, notes.get(n)));
                    paragraph.addFootnoteReference(footnote);
                    XWPFRun reference = paragraph.getRuns().getLast();
                    reference.setVerticalAlignment(VerticalAlign.SUPERSCRIPT.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    private static XWPFFootnote footnote(XWPFDocument doc, Note note) {
        XWPFFootnote footnote = doc.createFootnote();
        XWPFParagraph paragraph = footnote.createParagraph();
        XWPFRun text = run(paragraph, " " + note.text() + (note.url() == null ? "" : " "), false);
        text.setFontSize(8);
        if (note.url() != null) {
            XWPFRun link = paragraph.createHyperlinkRun(note.url());
            link.setText(note.url());
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            link.setColor("1F4E79");
            link.setFontSize(8);
            link.setFontFamily(FONT);
        }
        return footnote;
    }

    private static void fill(XWPFTableRow row, java.util.List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().getFirst();
            if (!bold && i == cells.size() - 1) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(paragraph, cells.get(i), bold).setFontSize(9);
        }
    }

    private static void heading(XWPFDocument doc, String style, String text, int size) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        XWPFRun run = run(paragraph, text, true);
        run.setFontSize(size);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setBold(bold);
        run.setFontFamily(FONT);
        return run;
    }

    /** Title and heading styles with their outline levels: a blank document has none. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", -1);
        style(styles, "Heading1", "heading 1", 0);
        style(styles, "Heading2", "heading 2", 1);
        // the footnote reference and its mark in the footnote, superscript as Word draws them
        CTStyle reference = CTStyle.Factory.newInstance();
        reference.setStyleId("FootnoteReference");
        reference.setType(STStyleType.CHARACTER);
        reference.addNewName().setVal("footnote reference");
        reference.addNewRPr().addNewVertAlign().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(reference));
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(style));
    }
}
