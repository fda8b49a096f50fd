/**
 * Full-text search across the record and name matching across scripts and spellings.
 *
 * <p>Owns {@code search_document} and {@code name_key}, kept current from {@link org.kuzet.shared.RecordsChanged}.
 * Offers {@link org.kuzet.search.Search} (one search with facets) and {@link org.kuzet.search.Pickers} (the
 * entry form's type-ahead).
 */
package org.kuzet.search;
