/**
 * Organisations (movements, parties, NGOs, courts, state bodies…) with their names and abbreviations in all scripts
 * and their status history, and the contacts of addressees of interventions.
 *
 * <p>Owns {@code organization}, {@code organization_name}, {@code organization_status} and {@code contact}. Offers
 * {@link org.kuzet.organization.Organizations} (the record store, names by key) and {@link
 * org.kuzet.organization.Contacts}.
 */
package org.kuzet.organization;
