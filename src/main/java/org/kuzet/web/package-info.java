/**
 * The web interface for monitors: server-rendered JTE pages with htmx for partial updates, in English, Russian and
 * Kazakh. Pages only translate: a form becomes a feature's use case ({@link org.kuzet.incident.IncidentEntry}),
 * a list a feature's query ({@link org.kuzet.incident.IncidentCatalog}), a problem's path a field
 * ({@link org.kuzet.web.FormFields}), and labels are chosen here in the reader's language. No SQL, no transaction,
 * no role names: who may open a page is declared in the security configuration.
 */
package org.kuzet.web;
