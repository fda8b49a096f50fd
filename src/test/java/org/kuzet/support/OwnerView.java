package org.kuzet.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database as a dump sees it: raw rows, read as the schema owner. On the embedded server the owner is a
 * superuser, whom row-level security never binds; on an external server the owner is the application's role,
 * bound by the forced policies, so it reads with full clearance.
 */
public final class OwnerView {

    private OwnerView() {
    }

    /** A client on one connection of {@code owner} (the {@code @FlywayDataSource}), closed with the test's JVM. */
    public static JdbcClient of(DataSource owner) {
        try {
            return JdbcClient.create(new SingleConnectionDataSource(withFullClearance(owner.getConnection()), false));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect as the schema owner", e);
        }
    }

    /** Gives a connection of the schema owner full clearance for its session. */
    public static Connection withFullClearance(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("select set_config('kuzet.clearance', 'confidential', false)");
        }
        return connection;
    }
}
