package org.kuzet.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list filter as SQL: the condition on the record's table (by its alias, e.g. {@code p.deleted_at is null and
 * p.name ilike :q}), the order of the list, and the values of the named parameters. Only fixed SQL fragments go
 * into {@code where} and {@code orderBy}; every value is bound as a parameter.
 */
public record FilterQuery(String where, String orderBy, Map<String, Object> params) {

    public FilterQuery {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Binds every parameter of this query to {@code statement}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        return statement;
    }

    /** The {@code like} pattern of any text that contains {@code text}: its own {@code % _ \} are taken literally. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
