package org.kuzet.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Bullets;
import org.kuzet.reporting.ReportDocument.Chart;
import org.kuzet.reporting.ReportDocument.Note;
import org.kuzet.reporting.ReportDocument.NoteRef;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Section;
import org.kuzet.reporting.ReportDocument.Table;
import org.kuzet.reporting.ReportDocument.Text;

/**
 * The report as one standalone XHTML page: every text escaped, styles in the page, no external asset. The chart
 * is inline SVG for browsers, or a PNG data URI for the PDF renderer (which does not draw SVG). Well-formed XML,
 * since the PDF renderer parses it as such.
 */
final class HtmlRenderer {

    private static final String STYLE = """
            body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
            h1 { font-size: 18pt; margin-bottom: 0.2em; }
            .subtitle { color: #444; margin-top: 0; }
            h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
            h3 { font-size: 11.5pt; margin-top: 1.2em; }
            sup { font-size: 7pt; }
            sup a { text-decoration: none; }
            table { border-collapse: collapse; margin: 0.6em 0; }
            th, td { border: 1px solid #888; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            td.n { text-align: right; }
            .chart { margin: 0.8em 0; }
            .chart img { width: 15cm; }
            .notes p { font-size: 8.5pt; margin: 0.2em 0; word-wrap: break-word; }
            @page { size: A4; margin: 2cm; }
            """;

    private final boolean pngChart;

    /** @param pngChart draw the chart as a PNG image (for the PDF renderer) instead of SVG */
    HtmlRenderer(boolean pngChart) {
        this.pngChart = pngChart;
    }

    byte[] render(ReportDocument report) {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(report.language()))
                .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(esc(report.title())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(report.title())).append("</h1>\n");
        html.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
        for (Section section : report.sections()) {
            String tag = section.level() <= 1 ? "h2" : "h3";
            html.append('<').append(tag).append('>').append(esc(section.heading())).append("</").append(tag).append(">\n");
            for (Block block : section.blocks()) {
                block(html, block);
            }
        }
        if (!report.notes().isEmpty()) {
            html.append("<section class=\"notes\">\n<h2>").append(esc(ReportText.of(report.language()).sources())).append("</h2>\n");
            for (Note note : report.notes()) {
                html.append("<p id=\"note-").append(note.number()).append("\">").append(note.number()).append(". ")
                        .append(esc(note.text()));
                if (note.url() != null) {
                    html.append(" <a href=\"").append(esc(note.url())).append("\">").append(esc(note.url())).append("</a>");
                }
                html.append("</p>\n");
            }
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void block(StringBuilder html, Block block) {
        switch (block) {
            case Paragraph p -> html.append("<p>").append(spans(p)).append("</p>\n");
            case Bullets b -> {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(spans(item)).append("</li>\n"));
                html.append("</ul>\n");
            }
            case Table t -> {
                html.append("<table>\n<thead><tr>");
                t.header().forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (var row : t.rows()) {
                    html.append("<tr>");
                    for (int i = 0; i < row.size(); i++) {
                        html.append(i == row.size() - 1 ? "<td class=\"n\">" : "<td>").append(esc(row.get(i))).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            case Chart c -> {
                html.append("<div class=\"chart\">");
                if (pngChart) {
                    html.append("<img alt=\"").append(esc(c.caption())).append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(ChartImage.png(c))).append("\"/>");
                } else {
                    html.append(ChartImage.svg(c));
                }
                html.append("</div>\n");
            }
        }
    }

    private static String spans(Paragraph paragraph) {
        StringBuilder html = new StringBuilder();
        ReportDocument.Span previous = null;
        for (var span : paragraph.spans()) {
            if (span instanceof NoteRef && previous instanceof NoteRef) {
                html.append("<sup>,</sup>"); // 1, 27, 28 rather than 12728
            }
            previous = span;
            switch (span) {
                case Text t when t.bold() -> html.append("<strong>").append(esc(t.text())).append("</strong>");
                case Text t -> html.append(esc(t.text()));
                case NoteRef r -> html.append("<sup><a href=\"#note-").append(r.number()).append("\">").append(r.number())
                        .append("</a></sup>");
            }
        }
        return html.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids would break the PDF renderer's parser
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
