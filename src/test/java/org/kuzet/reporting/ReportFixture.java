package org.kuzet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reading what the report endpoints produce: the file as a user would save it, and its text per format. */
final class ReportFixture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ReportFixture() {
    }

    record Download(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Download post(int port, String token, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a report in any format: body and footnotes of a DOCX, every page of a PDF, HTML and Markdown as they are. */
    static String text(String format, byte[] bytes) {
        return switch (format) {
            case "docx" -> docxText(bytes);
            case "pdf" -> pdfText(bytes);
            default -> new String(bytes, StandardCharsets.UTF_8);
        };
    }

    static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            for (XWPFFootnote footnote : doc.getFootnotes()) {
                footnote.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headings of a DOCX in order, with their style (Title, Heading1, Heading2). */
    static List<String> docxHeadings(XWPFDocument doc) {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && (p.getStyle().startsWith("Heading") || p.getStyle().equals("Title"))) {
                headings.add(p.getStyle() + ": " + p.getText());
            }
        }
        return headings;
    }

    static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as("'" + part + "' after position " + at).isGreaterThan(at);
            at = next;
        }
    }
}
