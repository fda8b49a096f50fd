package org.kuzet.backup;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which instance writes the scheduled backups when several on one database are given the same schedule: the one
 * holding a PostgreSQL advisory lock, on a connection of its own that stays open while the instance runs. When that
 * instance stops, its connection closes, the lock is free, and the next run of another instance takes it over.
 */
final class ScheduleLeader implements AutoCloseable {

    /** The lock's key: "kuzetbkp" in ASCII, so that it is nobody else's. */
    static final long KEY = 0x6b757a6574626b70L;

    private final DataSource owner;
    private Connection connection;

    ScheduleLeader(DataSource owner) {
        this.owner = owner;
    }

    /** Whether this instance writes the scheduled backups: it holds the lock, or takes it now. */
    synchronized boolean lead() {
        try {
            if (connection != null && connection.isValid(10)) {
                return true;
            }
            close();
            Connection c = owner.getConnection();
            try (var s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                s.setLong(1, KEY);
                try (var r = s.executeQuery()) {
                    if (r.next() && r.getBoolean(1)) {
                        connection = c;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            throw new BackupException("could not tell which instance writes the scheduled backups: " + e.getMessage(), e);
        }
    }

    /** Frees the lock, if this instance holds it, by closing its connection. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection is gone either way, and the lock with it
            }
            connection = null;
        }
    }
}
