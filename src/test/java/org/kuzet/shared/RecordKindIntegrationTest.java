package org.kuzet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one list of record kinds and the database agree: a kind added in a migration but not here is caught. */
class RecordKindIntegrationTest extends ApiIntegrationTest {

    @Autowired
    JdbcClient db;

    @Test
    void everyRecordKindHasAKeyCounterAndTheKeyFunctionsTakeItsTable() {
        Set<String> counters = new TreeSet<>(db.sql("select left(relname, -length('_key_seq')) from pg_class "
                + "where relkind = 'S' and relname like '%\\_key\\_seq' and relnamespace = 'public'::regnamespace")
                .query(String.class).list());

        assertThat(counters).isEqualTo(new TreeSet<>(RecordKind.tables()));
        for (String table : RecordKind.tables()) {
            assertThat(db.sql("select kuzet_key_taken(?, ?)").param(table).param("no-such-key-" + table)
                    .query(Boolean.class).single()).as(table).isFalse();
        }
    }

    @Test
    void everyTableWithAKeyAVersionAndSoftDeletionIsARecordKind() {
        Set<String> keyed = new TreeSet<>(db.sql("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name in ('key', 'version', 'deleted_at')
                group by table_name having count(*) = 3""").query(String.class).list());

        assertThat(keyed).isEqualTo(new TreeSet<>(RecordKind.tables()));
    }

    @Test
    void theStoredKindsAreTheOnesWithAHistoryAndTheCitingOnesAmongThem() {
        assertThat(RecordKind.ofCollection("cases")).contains(RecordKind.LEGAL_CASE);
        assertThat(RecordKind.RECOMMENDATION.stored()).isFalse();
        assertThat(RecordKind.SOURCE.citesSources()).isFalse();
        assertThat(RecordKind.REPORTED_FIGURE.citesSources()).isTrue();
    }
}
