package org.kuzet.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/** Passwords of the embedded server's roles, generated once and kept in the data folder, readable by the owner only. */
record DatabaseSecrets(String superuserPassword, String appPassword) {

    static DatabaseSecrets loadOrCreate(Path dir) throws IOException {
        Path file = dir.resolve("database.properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            return new DatabaseSecrets(p.getProperty("superuser.password"), p.getProperty("app.password"));
        }
        Files.createDirectories(dir);
        setOwnerOnly(dir, "rwx------");
        DatabaseSecrets secrets = new DatabaseSecrets(randomPassword(), randomPassword());
        p.setProperty("superuser.password", secrets.superuserPassword());
        p.setProperty("app.password", secrets.appPassword());
        Files.createFile(file);
        setOwnerOnly(file, "rw-------");
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, "Kuzet embedded PostgreSQL passwords - keep private");
        }
        return secrets;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void setOwnerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own ACL applies
        }
    }
}
