package org.kuzet.crypto;

/**
 * Files sealed by the {@link Vault} (evidence), declared as a bean by the module that keeps them so that
 * {@code kuzet keys rotate} re-encrypts them without knowing the module.
 */
public interface SealedFiles {

    /** What the files are, for the rotation's report, e.g. {@code evidence files}. */
    String name();

    /**
     * Seals again with the vault's primary key every file that another key sealed, each replaced atomically;
     * answers how many were rewritten.
     */
    long resealAll();

    /** How many files a key other than the primary one sealed. */
    long sealedByOtherKeys();
}
