package org.kuzet.evidence;

import org.springframework.util.unit.DataSize;

/** An upload over {@code kuzet.evidence.max-size}: nothing is stored. */
public class EvidenceTooLargeException extends RuntimeException {

    EvidenceTooLargeException(DataSize limit) {
        super("the file is larger than the limit of " + EvidenceProblems.readable(limit)
                + " (kuzet.evidence.max-size); nothing was stored");
    }
}
