/**
 * The version history of every record, with diffs and revert.
 *
 * <p>Owns {@code record_version}, kept from {@link org.kuzet.shared.RecordsChanged}. Offers {@link
 * org.kuzet.history.Histories}.
 */
package org.kuzet.history;
