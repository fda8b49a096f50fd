package org.kuzet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kuzet.exchange.BundleExporter;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Clearance;
import org.kuzet.storage.DatabaseServer;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail: every append forms one chain, even from concurrent writers; any tampering by the owner of the
 * database is found by verify at the first broken entry; the application cannot change or remove entries; and the
 * record's changes, confidential reads and exports are in it with their author.
 */
class AuditTrailIntegrationTest extends ApiIntegrationTest {

    private static final Actor MONITOR = new Actor(null, "monitor-in-test", "editor", Clearance.INTERNAL);

    @Autowired
    AuditTrail trail;

    @Autowired
    DatabaseServer server;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    BundleExporter exporter;

    private long head() {
        return Actor.callAs(Actor.COMMAND_LINE, () -> trail.verify()).intactEntries();
    }

    private AuditVerification verify() {
        return Actor.callAs(Actor.COMMAND_LINE, () -> trail.verify());
    }

    /** Appends {@code count} entries as the monitor and answers the position of the first. */
    private long appendSome(int count, String action) {
        long before = head();
        Actor.runAs(MONITOR, () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                trail.record(new AuditEvent(action, "test", "entry-" + i, Map.of("n", i)));
            }
        }));
        return before + 1;
    }

    /**
     * Runs SQL as the owner of the schema, as an attacker with the database would: with the append-only triggers
     * and row-level security out of the way.
     */
    private void asOwner(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword())) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("alter table audit_event disable trigger user");
                s.execute("alter table audit_event no force row level security");
                if (TestDatabase.external()) {
                    s.execute("grant update, delete on audit_event to current_user");
                }
                for (String sql : statements) {
                    s.execute(sql);
                }
                if (TestDatabase.external()) {
                    s.execute("revoke update, delete on audit_event from current_user");
                }
                s.execute("alter table audit_event force row level security");
                s.execute("alter table audit_event enable trigger user");
            }
            c.commit();
        }
    }

    private Connection asApplication() throws SQLException {
        Connection c = DriverManager.getConnection(server.url(), server.appUser(), server.appPassword());
        c.createStatement().execute("select set_config('kuzet.clearance', 'confidential', false)");
        return c;
    }

    @Test
    void manyAppendsFromConcurrentWritersFormOneIntactChain() throws Exception {
        long before = head();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int writer = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    if (i % 2 == 0) {
                        // two entries in one writing transaction, appended together before it commits
                        Actor.runAs(MONITOR, () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                            trail.record(AuditEvent.of("concurrent_test", "writer", "w" + writer));
                            trail.record(AuditEvent.of("concurrent_test", "writer", "w" + writer));
                        }));
                    } else {
                        // outside any transaction: appended in one of its own
                        Actor.runAs(MONITOR, () -> trail.record(AuditEvent.of("concurrent_test", "writer", "w" + writer)));
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditVerification result = verify();
        assertThat(result.isIntact()).as(result.problem()).isTrue();
        assertThat(result.intactEntries()).isGreaterThanOrEqualTo(before + 6 * 15);
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        long before = head();
        Actor.runAs(MONITOR, () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record(AuditEvent.of("rolled_back_test", "test", "x"));
            s.setRollbackOnly();
        }));
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void anEditedPayloadIsFoundAtItsPosition() throws Exception {
        long first = appendSome(5, "tamper_payload_test");
        long target = first + 2;
        String original = Actor.callAs(Actor.COMMAND_LINE, () -> trail.find(new AuditQuery(null, null, null,
                "tamper_payload_test", null, null), 0, 500)).items().stream()
                .filter(e -> e.position() == target).findFirst().orElseThrow().hash();
        assertThat(original).isNotBlank();
        asOwner("update audit_event set payload = replace(payload, 'entry-2', 'entry-9') where position = " + target);
        try {
            AuditVerification result = verify();
            assertThat(result.brokenPosition()).isEqualTo(target);
            assertThat(result.problem()).contains("hash does not match the payload");
        } finally {
            asOwner("update audit_event set payload = replace(payload, 'entry-9', 'entry-2') where position = " + target);
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void anEditedColumnIsFoundAtItsPosition() throws Exception {
        long first = appendSome(5, "tamper_column_test");
        long target = first + 1;
        asOwner("update audit_event set actor_name = 'someone-else' where position = " + target);
        try {
            AuditVerification result = verify();
            assertThat(result.brokenPosition()).isEqualTo(target);
            assertThat(result.problem()).contains("columns do not match the payload").contains("actorName");
        } finally {
            asOwner("update audit_event set actor_name = 'monitor-in-test' where position = " + target);
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void aDeletedMiddleEntryIsFoundWhereItIsMissing() throws Exception {
        long first = appendSome(5, "tamper_delete_test");
        long target = first + 2;
        asOwner("create table audit_event_kept as select * from audit_event where position = " + target,
                "delete from audit_event where position = " + target);
        try {
            AuditVerification result = verify();
            assertThat(result.brokenPosition()).isEqualTo(target + 1);
            assertThat(result.problem()).contains("expected entry " + target);
        } finally {
            asOwner("insert into audit_event select * from audit_event_kept", "drop table audit_event_kept");
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void reorderedEntriesAreFoundAtTheFirstMovedPosition() throws Exception {
        long first = appendSome(5, "tamper_reorder_test");
        long a = first + 1;
        long b = first + 2;
        // through a free position, since positions are unique
        asOwner("update audit_event set position = 999999999999 where position = " + a,
                "update audit_event set position = " + a + " where position = " + b,
                "update audit_event set position = " + b + " where position = 999999999999");
        try {
            AuditVerification result = verify();
            assertThat(result.brokenPosition()).isEqualTo(a);
            assertThat(result.problem()).contains("previous_hash does not match the hash of entry " + (a - 1));
        } finally {
            asOwner("update audit_event set position = 999999999999 where position = " + a,
                    "update audit_event set position = " + a + " where position = " + b,
                    "update audit_event set position = " + b + " where position = 999999999999");
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void theApplicationRoleCannotChangeRemoveOrTruncateEntries() throws Exception {
        appendSome(1, "append_only_test");
        try (Connection c = asApplication(); var s = c.createStatement()) {
            for (String sql : List.of("update audit_event set action = 'nothing' where action = 'append_only_test'",
                    "delete from audit_event where action = 'append_only_test'", "truncate audit_event")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void onlyFullClearanceReadsTheTrailThoughAnyoneAppends() throws Exception {
        appendSome(1, "clearance_test");
        try (Connection c = asApplication(); var s = c.createStatement()) {
            s.execute("select set_config('kuzet.clearance', 'internal', false)");
            try (var rs = s.executeQuery("select count(*) from audit_event")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void createUpdateDeleteAndConfidentialReadsAreAuditedWithTheirAuthorAndChangedFields() {
        String key = unique("secret-witness");
        var created = send("POST", "/api/v1/persons", json("""
                {'key': '%s', 'name': 'A witness', 'confidentiality': 'confidential'}""".formatted(key)), Role.EDITOR);
        assertThat(created.status()).isEqualTo(201);
        var updated = send("PUT", "/api/v1/persons/" + key, json("""
                {'version': 1, 'name': 'A witness', 'birthYear': 1980, 'confidentiality': 'confidential'}"""), Role.EDITOR);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/persons/" + key, null, Role.REVIEWER).status()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/persons?q=witness&size=500", null, Role.REVIEWER).status()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/persons/" + key, json("{'reason': 'entered twice'}"), Role.EDITOR).status())
                .isEqualTo(204);

        JsonNode entries = send("GET", "/api/v1/audit?subjectType=person&subject=" + key + "&size=500", null, Role.ADMIN).json();
        List<String> actions = new ArrayList<>();
        entries.get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("record_deleted", "record_read", "record_updated", "record_created");
        JsonNode update = entries.get("items").get(2);
        assertThat(update.get("actorName").asString()).startsWith("editor-");
        assertThat(update.get("actorRole").asString()).isEqualTo("editor");
        assertThat(update.get("details").get("version").asInt()).isEqualTo(2);
        assertThat(update.get("details").get("previousVersion").asInt()).isEqualTo(1);
        assertThat(update.get("details").get("changedFields")).extracting(JsonNode::asString).containsExactly("$.birthYear");
        assertThat(update.toString()).doesNotContain("1980");
        assertThat(entries.get("items").get(1).get("actorName").asString()).startsWith("reviewer-");

        JsonNode listed = send("GET", "/api/v1/audit?action=record_read&subjectType=person&size=500",
                null, Role.ADMIN).json();
        List<String> listedKeys = new ArrayList<>();
        listed.get("items").forEach(e -> {
            if (e.path("details").has("keys")) {
                e.get("details").get("keys").forEach(k -> listedKeys.add(k.asString()));
            }
        });
        assertThat(listedKeys).contains(key);
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void aReadOfAnInternalRecordIsNotAudited() {
        String key = unique("internal-witness");
        send("POST", "/api/v1/persons", json("{'key': '%s', 'name': 'Someone', 'confidentiality': 'internal'}".formatted(key)),
                Role.EDITOR);
        assertThat(get("/api/v1/persons/" + key).status()).isEqualTo(200);
        JsonNode entries = send("GET", "/api/v1/audit?action=record_read&subject=" + key, null, Role.ADMIN).json();
        assertThat(entries.get("total").asLong()).isZero();
    }

    @Test
    void anExportIsAuditedWithItsCountsAndItsActor() {
        long before = head();
        Actor.runAs(Actor.COMMAND_LINE, () -> exporter.export());
        PageOfEntries page = new PageOfEntries(Actor.callAs(Actor.COMMAND_LINE,
                () -> trail.find(new AuditQuery(null, null, null, "export", null, null), 0, 1)).items());
        AuditEntry export = page.items().getFirst();
        assertThat(export.position()).isGreaterThan(before);
        assertThat(export.actorName()).isEqualTo("(command line)");
        assertThat(export.details().get("format").asString()).isEqualTo("json");
        assertThat(export.details().get("counts").get("persons").asInt()).isGreaterThanOrEqualTo(0);
    }

    private record PageOfEntries(List<AuditEntry> items) {
    }

    @Test
    void onlyAdministratorsReadTheAuditApi() {
        assertThat(send("GET", "/api/v1/audit", null, Role.VIEWER).status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/audit", null, Role.EDITOR).status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/audit", null, Role.REVIEWER).status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/audit", null, (String) null, "application/json").status()).isEqualTo(401);
        assertThat(send("GET", "/api/v1/audit", null, Role.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void aMalformedPeriodIsAnErrorNamingTheField() {
        var response = send("GET", "/api/v1/audit?from=yesterday", null, Role.ADMIN);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("from");
    }
}
