package org.kuzet.shared;

/** Someone else saved the record since the caller read it; nothing was changed. */
public class StaleVersionException extends RuntimeException {

    private final int currentVersion;

    public StaleVersionException(String kind, String key, int givenVersion, int currentVersion) {
        super(kind + " '" + key + "' was changed by someone else: you sent version " + givenVersion
                + " but the current version is " + currentVersion + "; reload it and apply your change again");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
