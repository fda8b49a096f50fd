package org.kuzet.web;

/** A notice as a page shows it: its text in the reader's language, and whether it is an alert or a plain status. */
public record ShownNotice(boolean alert, String text) {
}
