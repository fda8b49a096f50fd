package org.kuzet.storage;

/** Connection details of the server in use, and who owns the schema versus who runs the application. */
public record DatabaseServer(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
                             EmbeddedDatabase embedded) implements AutoCloseable {

    /**
     * The server named by the settings: the external one at {@code url} when it is set, else the embedded one in
     * {@code dataDir} (started, or attached to when a live Kuzet process runs it).
     */
    public static DatabaseServer open(java.nio.file.Path dataDir, String url, String user, String password) {
        if (url == null || url.isBlank()) {
            return embedded(EmbeddedDatabase.open(dataDir.toAbsolutePath().normalize()));
        }
        return external(url, user, password);
    }

    static DatabaseServer embedded(EmbeddedDatabase db) {
        return new DatabaseServer(db.jdbcUrl(), db.superuser(), db.superuserPassword(), db.appRole(), db.appPassword(), db);
    }

    /** An external server: one role, which must own the database but should not be a superuser. */
    static DatabaseServer external(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--db-url must start with jdbc:postgresql:// (got " + url + ")");
        }
        return new DatabaseServer(url, user, password, user, password, null);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
