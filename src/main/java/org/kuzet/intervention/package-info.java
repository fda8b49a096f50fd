/**
 * Interventions: appeals, complaints and letters sent on behalf of victims, their addressees and outcomes.
 *
 * <p>Owns {@code intervention}, {@code intervention_addressee}, {@code intervention_person} and
 * {@code intervention_incident}. Offers {@link org.kuzet.intervention.Interventions}, the record store.
 */
package org.kuzet.intervention;
