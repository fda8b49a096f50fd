/**
 * Reported figures: aggregate numbers that other organisations publish ("over 300 cases of persecution in 2020",
 * "more than 200 people detained in Almaty on 22 February"), recorded with what they count, how exactly, for which
 * period and place, who reported them and on what source, and shown beside Kuzet's own counts — on the statistics
 * page and in reports — never added into them.
 *
 * <p>Owns {@code reported_figure}. Offers {@link org.kuzet.figure.ReportedFigures}, the record store, whose
 * {@link org.kuzet.figure.ReportedFigures#relevant} is the one query of "the figures of this period and filter".
 */
package org.kuzet.figure;
