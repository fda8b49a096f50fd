/**
 * Incidents: who suffered what, from whom, when and where, under which article, on what evidence.
 *
 * <p>Owns the tables {@code incident}, {@code incident_type}, {@code incident_right}, {@code incident_victim},
 * {@code incident_perpetrator}, {@code incident_article}, {@code incident_case} and {@code incident_private}.
 * Offers {@link org.kuzet.incident.IncidentEntry} (record and edit an incident with the new persons, organisations
 * and sources it names: checked whole, then written), {@link org.kuzet.incident.IncidentCatalog} (browse with
 * facets, the latest, those awaiting review, those of an event, a case or a person), {@link
 * org.kuzet.incident.Incidents} (the record store the API and the bundle use), {@link
 * org.kuzet.incident.IncidentFilter} (the one definition of every incident list's conditions) and {@link
 * org.kuzet.incident.ReviewStatus} (draft, verified, published, and who may raise them).
 */
package org.kuzet.incident;
