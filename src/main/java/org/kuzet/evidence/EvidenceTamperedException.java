package org.kuzet.evidence;

/** A stored evidence file that no longer is what was uploaded: it is not handed out. */
class EvidenceTamperedException extends RuntimeException {

    EvidenceTamperedException(long id, String why) {
        super("evidence file " + id + " no longer matches what was uploaded: " + why
                + ". It is not handed out; restore it from a backup.");
    }
}
