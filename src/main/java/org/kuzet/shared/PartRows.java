package org.kuzet.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
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
 * <p>Only for rows whose statement answers nothing the caller needs (no {@code returning}, no count), and for rows
 * other rows refer to by id through {@link #insert}, which takes the id ahead.
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

    /**
     * Deletes the rows of a record's part: {@code sql} is a delete whose last parameter is the array of the records'
     * ids ({@code … = any(cast(? as bigint[]))}), {@code leading} its other parameters. At once for {@code id}, or — in
     * a run of writes — held: the ids of every such delete with the same statement and leading parameters go in one
     * statement, sent before every held insert (a run writes each record once, so no row it deletes is one it wrote).
     */
    public static void delete(JdbcClient db, String sql, long id, Object... leading) {
        Held held = TransactionScoped.bound(HELD);
        if (held == null) {
            db.sql(sql).params(withLast(leading, new Long[] {id})).update();
        } else {
            held.deletes.computeIfAbsent(sql, s -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(leading), l -> new ArrayList<>()).add(id);
        }
    }

    private static Object[] withLast(Object[] params, Object last) {
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = last;
        return all;
    }

    /**
     * Inserts a row other rows refer to by id (a record, a case's stage, a membership) and answers its id: at once,
     * or — in a run of writes — held with the others, its id taken ahead from the table's identity sequence (a few
     * hundred at a time), so that a file of thousands of records is not one statement per record; {@link #send}
     * sends a record's row before the rows that refer to it. {@code values} holds one placeholder per parameter, the
     * id's excluded.
     */
    public static long insert(JdbcClient db, String table, String columns, String values, Object... params) {
        Held held = TransactionScoped.bound(HELD);
        if (held == null) {
            return db.sql("insert into " + table + " (" + columns + ") values (" + values + ") returning id")
                    .params(params).query(Long.class).single();
        }
        long id = held.nextId(db, table);
        Object[] withId = new Object[params.length + 1];
        withId[0] = id;
        System.arraycopy(params, 0, withId, 1, params.length);
        String sql = "insert into " + table + " (id, " + columns + ") overriding system value values (?, " + values + ")";
        (RecordKind.ofTable(table).isPresent() ? held.records : held.referred).computeIfAbsent(sql, s -> new ArrayList<>())
                .add(withId);
        return id;
    }

    /** Holds the part rows written from now on in this transaction (a run of writes starts); answers whether it did. */
    static boolean hold(JdbcTemplate jdbc) {
        if (jdbc == null || TransactionScoped.bound(HELD) != null) {
            return false; // an enclosing run holds them and sends them when it publishes
        }
        TransactionScoped.get(HELD, () -> new Held(jdbc));
        return TransactionScoped.bound(HELD) != null;
    }

    /**
     * Sends the rows held: the deletes first, then the records' own rows, then the rows their parts refer to (a case's
     * stages), then every other part — each group statement by statement in the order each statement was first used.
     * The order of first use alone is not enough: a part's statement first used for a record that was overwritten
     * comes before the insert of a new record written after it.
     */
    static void send() {
        Held held = TransactionScoped.bound(HELD);
        if (held != null) {
            held.deletes.forEach((sql, byLeading) -> byLeading.forEach((leading, ids) ->
                    held.jdbc.update(sql, withLast(leading.toArray(), ids.toArray(Long[]::new)))));
            held.deletes.clear();
            for (Map<String, List<Object[]>> group : List.of(held.records, held.referred, held.rows)) {
                group.forEach((sql, rows) -> held.jdbc.batchUpdate(sql, rows));
                group.clear();
            }
        }
    }

    /** Sends the rows held and writes at once from now on (the run of writes ends). */
    static void release() {
        send();
        TransactionScoped.unbind(HELD);
    }

    private static final class Held {
        /** How many ids of a table are taken from its sequence at once; the ones a run does not use are skipped. */
        private static final int IDS_AT_ONCE = 500;

        final JdbcTemplate jdbc;
        /** The ids of the records whose parts are deleted, by statement and its leading parameters. */
        final Map<String, Map<List<Object>, List<Long>>> deletes = new LinkedHashMap<>();
        /** Rows of records (PartRows#insert into a record table), by statement. */
        final Map<String, List<Object[]>> records = new LinkedHashMap<>();
        /** Other rows inserted by PartRows#insert: parts of a record that other parts refer to by id. */
        final Map<String, List<Object[]>> referred = new LinkedHashMap<>();
        /** Every other row (PartRows#write). */
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        private final Map<String, Deque<Long>> ids = new HashMap<>();

        Held(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        long nextId(JdbcClient db, String table) {
            Deque<Long> free = ids.computeIfAbsent(table, t -> new ArrayDeque<>());
            if (free.isEmpty()) {
                free.addAll(db.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                        .params(table, IDS_AT_ONCE).query(Long.class).list());
            }
            return free.removeFirst();
        }
    }
}
