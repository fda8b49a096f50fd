package org.kuzet.web;

/** What the report form holds, as typed, so that a refused request keeps it. */
public record ReportForm(String template, String from, String to, String place, String audience, String language,
                         String format) {
}
