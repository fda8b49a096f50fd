package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.OwnerView;
import org.kuzet.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Full clearance opens every policy: the application's role with it reads every row of every table that has
 * row-level security, as many as a role the policies do not bind. Backups on an external server rely on this (the
 * application's role reads the snapshot with full clearance, never bypassing the policies).
 */
class RowSecurityFullClearanceIntegrationTest extends ApiIntegrationTest {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    JdbcClient db;

    @Test
    void fullClearanceReadsEveryRowOfEveryTableThatHasPolicies() {
        String tag = unique("rls");
        // rows that lesser clearances would not see: a confidential person with sensitive fields, soft-deleted records
        created("/api/v1/persons", "{'key': '" + tag + "-secret', 'name': 'Secret " + tag + "', 'confidentiality': "
                + "'confidential', 'sensitive': {'contacts': '+7 700 000 00 00'}}");
        String deleted = created("/api/v1/sources", "{'key': '" + tag + "-gone', 'url': 'https://vlast.kz/" + tag
                + "', 'kind': 'media', 'confidentiality': 'confidential'}");
        assertThat(send("DELETE", "/api/v1/sources/" + deleted, json("{'reason': 'a test of the policies'}"), Role.EDITOR)
                .status()).isEqualTo(204);

        JdbcClient unbound = OwnerView.of(owner); // the embedded server's superuser; on an external one, the same role
        List<String> tables = unbound.sql("select relname::text from pg_class where relnamespace = 'public'::regnamespace "
                + "and relkind = 'r' and relrowsecurity order by 1").query(String.class).list();
        Map<String, Long> asOwner = new TreeMap<>();
        Map<String, Long> withFullClearance = new TreeMap<>();
        for (String table : tables) {
            asOwner.put(table, unbound.sql("select count(*) from public.\"" + table + "\"").query(Long.class).single());
            withFullClearance.put(table, db.sql("select count(*) from public.\"" + table + "\"").query(Long.class).single());
        }

        assertThat(tables).contains("person", "person_private", "source", "audit_event", "search_document", "identity_key");
        assertThat(asOwner.get("person_private")).isPositive();
        assertThat(withFullClearance).isEqualTo(asOwner);
        if (!TestDatabase.external()) {
            assertThat(unbound.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                    .single()).as("on the embedded server the comparison is with a role the policies do not bind").isTrue();
        }
    }

    @Test
    void everyPolicyReadsTheReadersClearanceOncePerStatementNotOncePerRow() {
        JdbcClient unbound = OwnerView.of(owner);
        // a function of the settings outside a scalar subquery ("(select kuzet_clearance())", an init plan) is
        // evaluated for every row the statement looks at (V37)
        Map<String, String> perRow = new TreeMap<>();
        unbound.sql("select tablename || '.' || policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '') from pg_policies")
                .query((rs, n) -> {
                    String once = rs.getString(2).replaceAll("SELECT kuzet_\\w+\\(\\)( AS \\w+)?", "");
                    if (once.matches("(?s).*(kuzet_clearance|kuzet_user_id|kuzet_may_see|kuzet_own_records_user|current_setting)\\(.*")) {
                        perRow.put(rs.getString(1), rs.getString(2));
                    }
                    return null;
                }).list();

        assertThat(unbound.sql("select count(*) from pg_policies").query(Integer.class).single()).isGreaterThan(80);
        assertThat(perRow).isEmpty();
    }
}
