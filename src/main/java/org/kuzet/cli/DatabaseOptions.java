package org.kuzet.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the record is: a data folder with the embedded server, or an external PostgreSQL server. */
public class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:KUZET_DATA_DIR:-./kuzet-data}",
            description = "Data folder (embedded PostgreSQL, keys); default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", defaultValue = "${env:KUZET_DB_URL}",
            description = "External PostgreSQL, e.g. jdbc:postgresql://db.example.org/kuzet (env KUZET_DB_URL)")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:KUZET_DB_USER}",
            description = "Role for --db-url (env KUZET_DB_USER); it must own the database and should not be a superuser")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "KUZET_DB_PASSWORD",
            description = "Environment variable holding the password for --db-url; default: ${DEFAULT-VALUE}")
    String dbPasswordEnv;

    /** The database server these options name, started or attached to without the application. */
    org.kuzet.storage.DatabaseServer server() {
        String password = dbUrl == null || dbUrl.isBlank() ? null : System.getenv(dbPasswordEnv);
        return org.kuzet.storage.DatabaseServer.open(dataDir, dbUrl, dbUser == null ? "" : dbUser,
                password == null ? "" : password);
    }

    Map<String, Object> springProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kuzet.data-dir", dataDir.toString());
        if (dbUrl != null && !dbUrl.isBlank()) {
            p.put("kuzet.db.url", dbUrl);
            p.put("kuzet.db.user", dbUser == null ? "" : dbUser);
            String password = System.getenv(dbPasswordEnv);
            p.put("kuzet.db.password", password == null ? "" : password);
        }
        return p;
    }
}
