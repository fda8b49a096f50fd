/**
 * Persons: names in every script, roles, memberships in organisations, political-prisoner assessments, and their
 * sensitive fields under field-level protection.
 *
 * <p>Owns {@code person}, {@code person_name}, {@code person_role}, {@code person_vulnerability}, {@code membership},
 * {@code assessment} and {@code person_private}. Offers {@link org.kuzet.person.Persons}: the record store, the names
 * of persons by key and the members of an organisation.
 */
package org.kuzet.person;
