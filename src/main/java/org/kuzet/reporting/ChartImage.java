package org.kuzet.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.kuzet.reporting.ReportDocument.Bar;
import org.kuzet.reporting.ReportDocument.Chart;

/**
 * Draws a chart of the report as horizontal bars with their labels and values: as a PNG (Java2D, headless, with
 * the embedded DejaVu font so Cyrillic labels render) or as SVG. Plain on purpose: one colour, values written
 * beside the bars, readable in black and white.
 */
final class ChartImage {

    private static final int WIDTH = 1200;
    private static final int ROW = 44;
    private static final int TOP = 70;
    private static final int LABEL_WIDTH = 520;
    private static final Color BAR = new Color(0x2f, 0x5d, 0x8a);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartImage() {
    }

    static byte[] png(Chart chart) {
        int height = TOP + ROW * Math.max(1, chart.bars().size()) + 20;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(Fonts.BOLD.deriveFont(26f));
            g.drawString(chart.caption(), 10, 38);
            g.setFont(Fonts.REGULAR.deriveFont(22f));
            FontMetrics metrics = g.getFontMetrics();
            long max = Math.max(1, chart.bars().stream().mapToLong(Bar::value).max().orElse(1));
            int room = WIDTH - LABEL_WIDTH - 100;
            int y = TOP;
            for (Bar bar : chart.bars()) {
                g.setColor(Color.BLACK);
                g.drawString(fit(bar.label(), metrics, LABEL_WIDTH - 20), 10, y + 28);
                int length = (int) Math.max(2, room * bar.value() / max);
                g.setColor(BAR);
                g.fillRect(LABEL_WIDTH, y + 8, length, ROW - 14);
                g.setColor(Color.BLACK);
                g.drawString(Long.toString(bar.value()), LABEL_WIDTH + length + 10, y + 28);
                y += ROW;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String svg(Chart chart) {
        int rows = Math.max(1, chart.bars().size());
        int height = TOP + ROW * rows + 20;
        long max = Math.max(1, chart.bars().stream().mapToLong(Bar::value).max().orElse(1));
        int room = WIDTH - LABEL_WIDTH - 100;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"600\" height=\"").append(height / 2)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">")
                .append("<title>").append(HtmlRenderer.esc(chart.caption())).append("</title>")
                .append("<text x=\"10\" y=\"38\" font-size=\"26\" font-weight=\"bold\">").append(HtmlRenderer.esc(chart.caption())).append("</text>");
        int y = TOP;
        for (Bar bar : chart.bars()) {
            int length = (int) Math.max(2, room * bar.value() / max);
            svg.append("<text x=\"10\" y=\"").append(y + 28).append("\" font-size=\"22\">").append(HtmlRenderer.esc(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 8).append("\" width=\"").append(length)
                    .append("\" height=\"").append(ROW - 14).append("\" fill=\"#2f5d8a\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 10).append("\" y=\"").append(y + 28).append("\" font-size=\"22\">")
                    .append(bar.value()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The DejaVu Sans shipped with the application (fonts/), the same the PDF embeds. */
    static final class Fonts {

        static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
        static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

        private Fonts() {
        }

        private static Font load(String resource) {
            try (InputStream in = ChartImage.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the build: " + resource);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font unreadable: " + resource, e);
            }
        }
    }
}
