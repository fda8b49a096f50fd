package org.kuzet.reporting;

import java.nio.charset.StandardCharsets;
import org.kuzet.reporting.ReportDocument.Block;
import org.kuzet.reporting.ReportDocument.Bullets;
import org.kuzet.reporting.ReportDocument.Chart;
import org.kuzet.reporting.ReportDocument.Note;
import org.kuzet.reporting.ReportDocument.NoteRef;
import org.kuzet.reporting.ReportDocument.Paragraph;
import org.kuzet.reporting.ReportDocument.Section;
import org.kuzet.reporting.ReportDocument.Table;
import org.kuzet.reporting.ReportDocument.Text;

/** The report as Markdown, sources as footnotes ({@code [^1]}); text from the record is escaped. */
final class MarkdownRenderer {

    byte[] render(ReportDocument report) {
        StringBuilder md = new StringBuilder(32_768);
        md.append("# ").append(esc(report.title())).append("\n\n").append('*').append(esc(report.subtitle())).append("*\n\n");
        for (Section section : report.sections()) {
            md.append(section.level() <= 1 ? "## " : "### ").append(esc(section.heading())).append("\n\n");
            for (Block block : section.blocks()) {
                block(md, block);
            }
        }
        for (Note note : report.notes()) {
            md.append("[^").append(note.number()).append("]: ").append(esc(note.text()));
            if (note.url() != null) {
                md.append(" <").append(note.url().replace(">", "%3E").replace(" ", "%20")).append('>');
            }
            md.append('\n');
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder md, Block block) {
        switch (block) {
            case Paragraph p -> md.append(spans(p)).append("\n\n");
            case Bullets b -> {
                b.items().forEach(item -> md.append("- ").append(spans(item)).append('\n'));
                md.append('\n');
            }
            case Table t -> {
                md.append('|');
                t.header().forEach(h -> md.append(' ').append(cell(h)).append(" |"));
                md.append("\n|");
                for (int i = 0; i < t.header().size(); i++) {
                    md.append(i == t.header().size() - 1 ? " ---: |" : " --- |");
                }
                md.append('\n');
                for (var row : t.rows()) {
                    md.append('|');
                    row.forEach(c -> md.append(' ').append(cell(c)).append(" |"));
                    md.append('\n');
                }
                md.append('\n');
            }
            case Chart c -> {
                // Markdown has no drawing: the chart's bars as a list, longest first as drawn
                md.append("**").append(esc(c.caption())).append("**\n\n");
                c.bars().forEach(bar -> md.append("- ").append(esc(bar.label())).append(": ").append(bar.value()).append('\n'));
                md.append('\n');
            }
        }
    }

    private static String spans(Paragraph paragraph) {
        StringBuilder md = new StringBuilder();
        for (var span : paragraph.spans()) {
            switch (span) {
                case Text t when t.bold() && !t.text().isBlank() -> md.append("**").append(esc(t.text().strip())).append("**")
                        .append(t.text().endsWith(" ") ? " " : "");
                case Text t -> md.append(esc(t.text()));
                case NoteRef r -> md.append("[^").append(r.number()).append(']');
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return esc(text).replace("|", "\\|");
    }

    /** Escapes what Markdown would read as markup or HTML. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
