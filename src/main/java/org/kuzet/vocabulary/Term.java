package org.kuzet.vocabulary;

/** A term of a controlled vocabulary, e.g. incident_type "detention". */
public record Term(String vocabulary, String code, Labels labels, boolean active) {
}
