package org.kuzet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.kuzet.shared.Actor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the acting user's clearance and id ({@code kuzet.clearance},
 * {@code kuzet.user_id}), which the row-level security policies read. Set on every checkout from the pool, so a
 * connection never keeps the clearance of whoever used it before.
 */
final class ClearanceDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final String SET = "select set_config('kuzet.clearance', ?, false), set_config('kuzet.user_id', ?, false)";

    ClearanceDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withClearance(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withClearance(super.getConnection(username, password));
    }

    /** Closes the pool underneath. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private static Connection withClearance(Connection connection) throws SQLException {
        Actor actor = Actor.current();
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, actor.clearance().code());
            set.setString(2, actor.userId() == null ? "" : actor.userId().toString());
            set.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
