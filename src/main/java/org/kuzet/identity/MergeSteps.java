package org.kuzet.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row changes of a merge, applied and remembered so that undo can put each back: a {@code set} of some
 * columns of one row (by id) from one value to another, an {@code insert} of a row, a {@code delete} of a row. Values
 * are kept as text and cast to each column's type, read from the catalogue. Table and column names come from
 * code only ({@link #TABLES}).
 */
final class MergeSteps {

    /** Every table a merge may write. */
    static final Set<String> TABLES = Set.of("person", "person_name", "person_role", "person_vulnerability", "membership",
            "assessment", "citation", "incident_victim", "incident_perpetrator", "case_party", "charge", "case_stage",
            "intervention_person", "organization", "organization_name", "organization_status", "contact", "intervention",
            "reported_figure");

    /** One change; for {@code set}: {@code row} = {id, from: {column: value}, to: {column: value}}. */
    record Step(String operation, String table, Map<String, Object> row) {
    }

    /** Thrown when undo finds a row no longer as the merge left it. */
    static final class Drifted extends RuntimeException {
        Drifted(String message) {
            super(message);
        }
    }

    private final JdbcClient db;
    private final Map<String, Map<String, String>> types = new HashMap<>();
    private final List<Step> done = new ArrayList<>();

    MergeSteps(JdbcClient db) {
        this.db = db;
    }

    List<Step> done() {
        return done;
    }

    static Step set(String table, long id, Map<String, Object> from, Map<String, Object> to) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("from", from);
        row.put("to", to);
        return new Step("set", table, row);
    }

    static Step insert(String table, Map<String, Object> values) {
        return new Step("insert", table, values);
    }

    static Step delete(String table, Map<String, Object> values) {
        return new Step("delete", table, values);
    }

    /** Applies a planned step and remembers it (an insert with the id the row got). */
    void apply(Step step) {
        switch (step.operation()) {
            case "set" -> {
                update(step.table(), id(step), columns(step, "to"), null);
                done.add(step);
            }
            case "insert" -> done.add(insertRow(step.table(), step.row()));
            case "delete" -> {
                deleteRow(step.table(), step.row());
                done.add(step);
            }
            default -> throw new IllegalArgumentException(step.operation());
        }
    }

    /** Puts back what a step changed; the row must be exactly as the step left it. */
    void undo(Step step) {
        switch (step.operation()) {
            case "set" -> update(step.table(), id(step), columns(step, "from"), columns(step, "to"));
            case "insert" -> deleteRow(step.table(), step.row());
            case "delete" -> insertRow(step.table(), step.row());
            default -> throw new IllegalArgumentException(step.operation());
        }
    }

    private void update(String table, long id, Map<String, Object> values, Map<String, Object> expected) {
        Map<String, String> type = typesOf(table);
        List<String> assignments = new ArrayList<>();
        List<String> conditions = new ArrayList<>(List.of("id = :id"));
        Map<String, Object> params = new HashMap<>(Map.of("id", id));
        int i = 0;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            assignments.add(column(table, v.getKey()) + " = cast(:v" + i + " as " + type.get(v.getKey()) + ")");
            params.put("v" + i++, text(v.getValue()));
        }
        if (expected != null) {
            for (Map.Entry<String, Object> e : expected.entrySet()) {
                conditions.add(column(table, e.getKey()) + " is not distinct from cast(:v" + i + " as " + type.get(e.getKey()) + ")");
                params.put("v" + i++, text(e.getValue()));
            }
        }
        int rows = db.sql("update " + table + " set " + String.join(", ", assignments) + " where "
                + String.join(" and ", conditions)).params(params).update();
        if (rows != 1) {
            throw new Drifted(table + " row " + id + " changed since the merge");
        }
    }

    private Step insertRow(String table, Map<String, Object> values) {
        Map<String, String> type = typesOf(table);
        List<String> columns = new ArrayList<>();
        List<String> casts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            columns.add(column(table, v.getKey()));
            casts.add("cast(:v" + i + " as " + type.get(v.getKey()) + ")");
            params.put("v" + i++, text(v.getValue()));
        }
        boolean withId = values.containsKey("id");
        boolean hasId = type.containsKey("id");
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ")"
                + (withId ? " overriding system value" : "") + " values (" + String.join(", ", casts) + ")";
        if (hasId && !withId) {
            long id = db.sql(sql + " returning id").params(params).query(Long.class).single();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.putAll(values);
            return new Step("insert", table, row);
        }
        db.sql(sql).params(params).update();
        return new Step("insert", table, values);
    }

    private void deleteRow(String table, Map<String, Object> values) {
        Map<String, String> type = typesOf(table);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            conditions.add(column(table, v.getKey()) + " is not distinct from cast(:v" + i + " as " + type.get(v.getKey()) + ")");
            params.put("v" + i++, text(v.getValue()));
        }
        int rows = db.sql("delete from " + table + " where " + String.join(" and ", conditions)).params(params).update();
        if (rows != 1) {
            throw new Drifted(table + " row " + values + " changed since the merge");
        }
    }

    private static long id(Step step) {
        return ((Number) step.row().get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> columns(Step step, String which) {
        return (Map<String, Object>) step.row().get(which);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Map || value instanceof List ? Json.MAPPER.writeValueAsString(value) : value.toString();
    }

    private String column(String table, String column) {
        if (!typesOf(table).containsKey(column)) {
            throw new IllegalArgumentException("no column " + table + "." + column);
        }
        return column;
    }

    /** Column name → SQL type (domains included), from the catalogue. */
    private Map<String, String> typesOf(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("a merge does not write " + table);
        }
        return types.computeIfAbsent(table, t -> {
            Map<String, String> byColumn = new HashMap<>();
            db.sql("""
                            select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
                            where a.attrelid = cast(? as regclass) and a.attnum > 0 and not a.attisdropped""")
                    .param(t).query((rs, n) -> byColumn.put(rs.getString(1), rs.getString(2))).list();
            return byColumn;
        });
    }
}
