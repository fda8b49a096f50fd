package org.kuzet.shared;

/** Someone else saved the record since the caller read it; nothing was changed. */
public class StaleVersionException extends RuntimeException {

    private final String key;
    private final int currentVersion;

    public StaleVersionException(String kind, String key, int givenVersion, int currentVersion) {
        super(kind + " '" + key + "' was changed by someone else: you sent version " + givenVersion
                + " but the current version is " + currentVersion + "; reload it and apply your change again");
        this.key = key;
        this.currentVersion = currentVersion;
    }

    /** The record someone else saved. */
    public String key() {
        return key;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
