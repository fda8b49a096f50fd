package org.kuzet.api;

/** The body of a DELETE: why the record is removed (it stays in the database, hidden). */
public record DeleteRequest(String reason) {
}
