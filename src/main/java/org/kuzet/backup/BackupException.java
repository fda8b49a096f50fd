package org.kuzet.backup;

/** A backup that cannot be written or restored, with a message that says why and what to do. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
