/**
 * Reports — briefing papers and quarterly updates with footnoted sources — in DOCX, PDF, HTML and Markdown, and the
 * recommendations they carry.
 *
 * <p>Owns {@code recommendation} and {@code report_template}. Offers {@link org.kuzet.reporting.Reports}, {@link
 * org.kuzet.reporting.Recommendations} and {@link org.kuzet.reporting.ReportTemplates}.
 */
package org.kuzet.reporting;
