package org.kuzet.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as one model that every renderer (DOCX, PDF, HTML, Markdown) draws: so the four formats cannot
 * disagree. Sources are {@link Note}s, numbered in the order of their first citation; text refers to them by
 * number.
 */
record ReportDocument(String language, String title, String subtitle, List<Section> sections, List<Note> notes) {

    /** A heading (level 1 or 2) and what follows it. */
    record Section(int level, String heading, List<Block> blocks) {
    }

    sealed interface Block permits Paragraph, Bullets, Table, Chart {
    }

    /** Running text: plain and bold spans and note references. */
    record Paragraph(List<Span> spans) implements Block {

        static Paragraph of(String text) {
            return new Paragraph(List.of(new Text(text, false)));
        }

        String plainText() {
            StringBuilder text = new StringBuilder();
            spans.forEach(s -> text.append(s instanceof Text t ? t.text() : ""));
            return text.toString();
        }
    }

    record Bullets(List<Paragraph> items) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** A horizontal bar chart: the renderers draw it (PNG in DOCX and PDF, SVG in HTML, a list in Markdown). */
    record Chart(String caption, List<Bar> bars) implements Block {
    }

    record Bar(String label, long value) {
    }

    sealed interface Span permits Text, NoteRef {
    }

    record Text(String text, boolean bold) implements Span {
    }

    record NoteRef(int number) implements Span {
    }

    /** A numbered source: what it is (title, outlet, date) and where to read it. */
    record Note(int number, String text, String url) {
    }

    /** Numbers sources as they are first cited; a source cited again keeps its number. */
    static final class Notes {

        private final Map<String, Note> byKey = new LinkedHashMap<>();

        /** The reference to the source {@code key}, described by {@code text} and {@code url} on first citation. */
        NoteRef cite(String key, String text, String url) {
            Note note = byKey.computeIfAbsent(key, k -> new Note(byKey.size() + 1, text, url));
            return new NoteRef(note.number());
        }

        List<Note> all() {
            return new ArrayList<>(byKey.values());
        }
    }
}
