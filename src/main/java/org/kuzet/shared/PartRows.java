package org.kuzet.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a record's parts that nothing else refers to (its types, names, roles, citations, sealed fields):
 * written at once, or — during a run of {@link RecordStore.Writes} such as an import — held and sent together, one
 * round trip per statement for hundreds of records, when the run publishes what it wrote ({@link
 * RecordStore.Writes#flush}), before anything reads them back. The run is inside one transaction, so a problem
 * anywhere still takes every row with it.
 *
 * <p>Only for rows whose statement answers nothing the caller needs (no {@code returning}, no count): a part another
 * part refers to by id is inserted at once.
 */
public final class PartRows {

    /** Owner of the held rows of the current transaction. */
    private static final Object HELD = new Object();

    private PartRows() {
    }

    /** Runs {@code sql} with {@code params} now, or holds it until the run of writes in progress publishes. */
    public static void write(JdbcClient db, String sql, Object... params) {
        Held held = TransactionScoped.bound(HELD);
        if (held == null) {
            db.sql(sql).params(params).update();
        } else {
            held.rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(params);
        }
    }

    /** Holds the part rows written from now on in this transaction (a run of writes starts); answers whether it did. */
    static boolean hold(JdbcTemplate jdbc) {
        if (jdbc == null || TransactionScoped.bound(HELD) != null) {
            return false; // an enclosing run holds them and sends them when it publishes
        }
        TransactionScoped.get(HELD, () -> new Held(jdbc));
        return TransactionScoped.bound(HELD) != null;
    }

    /** Sends the rows held, statement by statement in the order each statement was first used. */
    static void send() {
        Held held = TransactionScoped.bound(HELD);
        if (held != null) {
            held.rows.forEach((sql, rows) -> held.jdbc.batchUpdate(sql, rows));
            held.rows.clear();
        }
    }

    /** Sends the rows held and writes at once from now on (the run of writes ends). */
    static void release() {
        send();
        TransactionScoped.unbind(HELD);
    }

    private static final class Held {
        final JdbcTemplate jdbc;
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

        Held(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }
    }
}
