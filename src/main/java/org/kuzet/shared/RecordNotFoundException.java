package org.kuzet.shared;

/** A record that does not exist (or that the reader may not know exists). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, String reference) {
        super("no " + kind + " '" + reference + "'");
    }
}
