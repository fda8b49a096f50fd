package org.kuzet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** V49: a long run of writes may have the statistics of the tables it writes gathered again, as the application. */
class StatisticsRefreshIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theApplicationRoleHasTheTablesAnImportWritesAnalysedWithinItsTransaction() {
        long analysed = transactions.execute(status -> {
            db.sql("select kuzet_refresh_statistics()").query((rs, n) -> 0).list();
            // ANALYZE in a transaction leaves its estimates visible to it at once (pg_class is transactional)
            return db.sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' "
                    + "and relname in ('person', 'incident', 'search_document', 'identity_key') and reltuples >= 0")
                    .query(Long.class).single();
        });

        assertThat(analysed).isEqualTo(4);
    }
}
