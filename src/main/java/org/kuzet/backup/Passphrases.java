package org.kuzet.backup;

/** What a backup passphrase must be: long enough that guessing it is out of reach, and never empty. */
public final class Passphrases {

    /** The fewest characters a new backup's passphrase may have. */
    public static final int MINIMUM = 12;

    private Passphrases() {
    }

    /** Refuses a passphrase too short to protect a whole record. */
    public static void checkNew(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new BackupException("the backup passphrase is empty");
        }
        if (passphrase.length < MINIMUM) {
            throw new BackupException("the backup passphrase is too short: it has " + passphrase.length
                    + " characters, at least " + MINIMUM + " are needed (a few words make a good one)");
        }
    }
}
