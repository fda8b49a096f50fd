package org.kuzet.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a backup passphrase must be: long enough that guessing it is out of reach, and never empty. */
public final class Passphrases {

    /** The fewest characters a new backup's passphrase may have. */
    public static final int MINIMUM = 12;

    private Passphrases() {
    }

    /**
     * The passphrase a file holds: its first line, without the line end (CRLF or LF). The command line and the
     * scheduled backups read it the same way.
     */
    public static char[] fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty()) {
                throw new BackupException(file + " holds no passphrase (its first line is empty)");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new BackupException("cannot read the passphrase file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a passphrase too short to protect a whole record. */
    public static void checkNew(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new BackupException("the passphrase is empty");
        }
        if (passphrase.length < MINIMUM) {
            throw new BackupException("the passphrase is too short: it has " + passphrase.length
                    + " characters, at least " + MINIMUM + " are needed (a few words make a good one)");
        }
    }
}
