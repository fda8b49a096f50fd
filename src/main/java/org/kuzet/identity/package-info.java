/**
 * Identity resolution: possible duplicate persons and organisations with explainable scores, merges with exact
 * undo, and "not the same" decisions.
 *
 * <p>Owns {@code identity_key}, {@code identity_pair}, {@code identity_stale}, {@code identity_distinct}, {@code identity_merge},
 * {@code identity_merge_step} and {@code identity_merge_touch}. Offers {@link org.kuzet.identity.Duplicates} and
 * {@link org.kuzet.identity.Merges}.
 */
package org.kuzet.identity;
