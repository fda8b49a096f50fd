package org.kuzet.crypto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.PartRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sealed fields of one kind of record, kept in a side table ({@code person_private}, {@code source_private},
 * ...) keyed by the record's id: each value sealed by the {@link Vault} for its {@link SealedColumn#context}.
 *
 * <p>Only readers with confidential clearance and the creator of the record see them ({@link #visibleTo}); the
 * side tables' row-level security says the same in the database, so a reader without that clearance gets no row
 * even if the application forgot to ask.
 */
public final class PrivateFields {

    private final JdbcClient db;
    private final Vault vault;
    private final String table;
    private final String idColumn;
    private final List<SealedColumn> columns;

    /**
     * @param table    the side table, e.g. {@code person_private}
     * @param idColumn its key, the record's id, e.g. {@code person_id}
     * @param columns  its bytea columns of sealed text
     */
    public PrivateFields(JdbcClient db, Vault vault, String table, String idColumn, String... columns) {
        this.db = db;
        this.vault = vault;
        this.table = table;
        this.idColumn = idColumn;
        this.columns = columns(table, idColumn, columns);
    }

    /** The columns as {@link SealedColumn}s, for the module to declare as beans (key rotation). */
    public static List<SealedColumn> columns(String table, String idColumn, String... columns) {
        List<SealedColumn> sealed = new ArrayList<>();
        for (String column : columns) {
            sealed.add(new SealedColumn(table, idColumn, column));
        }
        return List.copyOf(sealed);
    }

    /** Whether {@code actor} may see and change the private fields of a record that {@code createdBy} created. */
    public static boolean visibleTo(Actor actor, Long createdBy) {
        return actor.clearance() == Clearance.CONFIDENTIAL
                || (actor.userId() != null && actor.userId().equals(createdBy));
    }

    /** The opened values of these records, column by column; records without any are left out. */
    public Map<Long, Map<String, String>> read(Collection<Long> ids) {
        Map<Long, Map<String, String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        String select = "select " + idColumn + ", " + String.join(", ", columns.stream().map(SealedColumn::column).toList())
                + " from " + table + " where " + idColumn + " in (:ids)";
        db.sql(select).param("ids", ids).query((rs, n) -> {
            long id = rs.getLong(1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                SealedColumn c = columns.get(i);
                values.put(c.column(), vault.openText(rs.getBytes(i + 2), c.context(id)));
            }
            byId.put(id, values);
            return id;
        }).list();
        return byId;
    }

    /** Replaces the record's private fields with {@code values} (column to plain text; null or absent: none). */
    public void write(long id, Map<String, String> values) {
        if (values.values().stream().allMatch(Objects::isNull)) {
            PartRows.delete(db, "delete from " + table + " where " + idColumn + " = any(cast(? as bigint[]))", id);
            return;
        }
        List<String> names = columns.stream().map(SealedColumn::column).toList();
        List<Object> params = new ArrayList<>();
        params.add(id);
        for (SealedColumn c : columns) {
            params.add(vault.sealText(values.get(c.column()), c.context(id)));
        }
        PartRows.write(db, "insert into " + table + " (" + idColumn + ", " + String.join(", ", names) + ") values (?"
                        + ", ?".repeat(names.size()) + ") on conflict (" + idColumn + ") do update set "
                        + String.join(", ", names.stream().map(n -> n + " = excluded." + n).toList()), params.toArray());
    }
}
