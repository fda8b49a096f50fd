package org.kuzet.web;

/** One value that changed between two versions of a record, as text: before and after, empty for "nothing". */
public record Change(String field, String before, String after) {
}
