package org.kuzet.support;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test application at the embedded server in a folder under target/, or at the external test server. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void configure(DynamicPropertyRegistry registry, String folder) {
        String url = System.getProperty("kuzet.test.db-url", "");
        if (!url.isBlank()) {
            registry.add("kuzet.db.url", () -> url);
            registry.add("kuzet.db.user", () -> System.getProperty("kuzet.test.db-user", "kuzet"));
            registry.add("kuzet.db.password", () -> System.getProperty("kuzet.test.db-password", "kuzet"));
        } else {
            registry.add("kuzet.data-dir", () -> dataDir(folder).toString());
        }
    }

    public static Path dataDir(String folder) {
        return Path.of("target", "it-data", folder).toAbsolutePath();
    }

    public static boolean external() {
        return !System.getProperty("kuzet.test.db-url", "").isBlank();
    }
}
