/**
 * Evidence files attached to sources: encrypted, immutable, with their SHA-256 and every download audited.
 *
 * <p>Owns {@code evidence_file}. Offers {@link org.kuzet.evidence.EvidenceFiles}.
 */
package org.kuzet.evidence;
