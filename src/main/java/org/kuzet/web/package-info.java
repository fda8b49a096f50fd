/**
 * The web interface for monitors: server-rendered JTE pages with htmx for partial updates, in English, Russian and
 * Kazakh. It reads the record through the feature services and, for lists, facets and timelines, through plain
 * parameterised SQL that row-level security limits to the reader's clearance.
 */
package org.kuzet.web;
