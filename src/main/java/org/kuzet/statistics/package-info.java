/**
 * Statistics with provenance (every count links to the records behind it) and the dated list of political
 * prisoners. Reads the record; owns no table.
 *
 * <p>Offers {@link org.kuzet.statistics.Statistics}, {@link org.kuzet.statistics.PoliticalPrisoners} and their
 * exports.
 */
package org.kuzet.statistics;
