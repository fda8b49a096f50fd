/**
 * The interchange bundle: import (checked whole, then written) and export of the whole record, and the demo data.
 * Owns no table: it writes through the features' record stores.
 *
 * <p>Offers {@link org.kuzet.exchange.BundleImporter}, {@link org.kuzet.exchange.BundleExporter} and {@link
 * org.kuzet.exchange.DemoData}.
 */
package org.kuzet.exchange;
