package org.kuzet.storage;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A separate JVM that starts the embedded server in a data folder, commits a row and then waits to be
 * killed: the situation a crashed {@code kuzet serve} leaves behind.
 */
public final class HoldingProcess {

    private HoldingProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.open(Path.of(args[0]));
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.superuser(), db.superuserPassword());
             var s = c.createStatement();
             var insert = c.prepareStatement("insert into crash_probe values (?)")) {
            s.execute("create table if not exists crash_probe (note text)");
            insert.setString(1, args[1]);
            insert.executeUpdate();
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
