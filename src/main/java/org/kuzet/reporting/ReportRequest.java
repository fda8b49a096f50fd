package org.kuzet.reporting;

/**
 * What report to generate: a template for a period ({@code from}, {@code to}: YYYY-MM-DD), optionally a place
 * (a region code: the places within it count too), for an audience ({@code public} | {@code internal}), in a
 * language ({@code en} | {@code ru}) and a format ({@code docx} | {@code pdf} | {@code html} | {@code md}).
 */
public record ReportRequest(String template, String from, String to, String place, String audience, String language,
                            String format) {
}
