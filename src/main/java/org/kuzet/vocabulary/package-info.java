/**
 * The controlled, multilingual vocabularies: incident types, rights, roles, perpetrator kinds, legal articles and
 * places.
 *
 * <p>Owns {@code vocabulary_term}, {@code legal_article} and {@code place}. Offers {@link
 * org.kuzet.vocabulary.Vocabularies} (read and administer them) and their value types.
 */
package org.kuzet.vocabulary;
