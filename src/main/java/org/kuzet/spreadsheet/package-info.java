/**
 * Spreadsheet import: a CSV or XLSX sheet read as a stream of rows and imported as records of one kind (incidents,
 * persons, organisations, legal cases, sources; and ACLED's event files as incidents, by the coding of exchange's
 * {@code Acled}), each row checked and written by the record's own service. Columns are matched by their headers or
 * a saved mapping (docs/import-mapping.md); values by vocabulary labels in any language; names through identity.
 *
 * <p>Offers {@link org.kuzet.spreadsheet.SpreadsheetImports} and {@code POST /api/v1/imports}.
 */
package org.kuzet.spreadsheet;
