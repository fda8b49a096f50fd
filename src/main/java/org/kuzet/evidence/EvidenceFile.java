package org.kuzet.evidence;

import java.time.OffsetDateTime;

/**
 * A file attached to a source as evidence, as the API lists it. The bytes and the original name are sealed at
 * rest; the SHA-256 of the bytes as received is shown so that anyone can check a copy.
 *
 * @param uploadedBy the user who uploaded it (null if the account is gone)
 */
public record EvidenceFile(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                           OffsetDateTime uploadedAt) {
}
