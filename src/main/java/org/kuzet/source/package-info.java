/**
 * Sources — articles, posts, court documents, testimony — and the citations by which any record rests on them.
 *
 * <p>Owns {@code source}, {@code source_private} and {@code citation}. Offers {@link org.kuzet.source.Sources} (the
 * record store, summaries by key) and {@link org.kuzet.source.Citations} (checks and writes a record's citations,
 * lists the records that cite a source).
 */
package org.kuzet.source;
