/**
 * The interchange bundle: import (checked whole, then written) and export of the whole record, and the demo data;
 * and the exports for readers outside Kuzet (CSV, XLSX, Popolo), as the reader may see the record. Owns no table: it
 * reads and writes through the features' record stores.
 *
 * <p>Offers {@link org.kuzet.exchange.BundleImporter}, {@link org.kuzet.exchange.BundleExporter}, {@link
 * org.kuzet.exchange.Exports}, {@link org.kuzet.exchange.DemoData}, and {@link org.kuzet.exchange.Acled}'s coding of
 * ACLED's event data, which the spreadsheet import reads ACLED files with.
 */
package org.kuzet.exchange;
