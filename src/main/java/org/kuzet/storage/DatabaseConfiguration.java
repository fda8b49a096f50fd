package org.kuzet.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Where the record lives: the embedded PostgreSQL in the data folder by default, or the external server
 * named by {@code kuzet.db.url} ({@code --db-url}, {@code KUZET_DB_URL}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(@Value("${kuzet.data-dir:./kuzet-data}") Path dataDir,
                                  @Value("${kuzet.db.url:}") String url,
                                  @Value("${kuzet.db.user:}") String user,
                                  @Value("${kuzet.db.password:}") String password) {
        return DatabaseServer.open(dataDir, url, user, password);
    }

    /**
     * The application's connections: a non-superuser role, so that row-level security applies, each carrying
     * the acting user's clearance.
     */
    @Bean
    @Primary
    DataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.appUser());
        config.setPassword(server.appPassword());
        config.setMaximumPoolSize(10);
        // a request that waits longer for a connection (the server overloaded) is told to come back (503, Retry-After)
        // rather than held half a minute
        config.setConnectionTimeout(10_000);
        config.setPoolName("kuzet");
        // a batch of inserts (an import's parts, history, search and audit rows) goes as multi-row statements
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new ClearanceDataSource(new HikariDataSource(config));
    }

    /** Migrations run as the schema owner (the superuser of the embedded server). */
    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseServer server) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), server.url(), server.ownerUser(), server.ownerPassword());
    }

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(DatabaseServer server) {
        return flyway -> flyway.placeholders(java.util.Map.of("appRole", server.appUser()));
    }
}
