/**
 * Statistics with provenance (every count links to the records behind it) and the dated list of political
 * prisoners. Reads the record; owns no table.
 *
 * <p>Offers {@link org.kuzet.statistics.Statistics}, {@link org.kuzet.statistics.PoliticalPrisoners} and their
 * exports. Statistics are a checked query ({@code StatisticsPlan}), the facts it reads ({@code StatisticsFacts}, its
 * SQL) and a pure tally ({@code StatisticsTally}); counts of incidents, where only the numbers are asked for, are
 * counted by the database by the same filter and groups, and tallied from those numbers. The answer ({@code StatisticsCounts}) carries codes and the
 * filter behind each number, which the API, the pages, the reports and the command line word and link
 * ({@code StatisticsResult.of}).
 */
package org.kuzet.statistics;
