package org.kuzet.web;

/** One headline count of the dashboard, e.g. 124 incidents, with the page that lists them. */
public record Headline(String name, long count, String link) {
}
