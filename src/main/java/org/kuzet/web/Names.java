package org.kuzet.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.kuzet.shared.Json;
import org.kuzet.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names of the records a page refers to by key. Row-level security answers only for records the reader may
 * see; for the others the page says that the name is withheld instead of showing the key.
 */
public final class Names {

    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> organizations = new HashMap<>();
    private final Map<String, LocalizedText> sourceTitles = new HashMap<>();
    private final Map<String, String[]> sources = new HashMap<>();
    private final Map<String, String[]> cases = new HashMap<>();
    private final Map<String, LocalizedText> caseTitles = new HashMap<>();

    static Names none() {
        return new Names();
    }

    Names persons(JdbcClient db, Collection<String> keys) {
        read(db, "select key, name from person where deleted_at is null and key in (:keys)", keys,
                (k, rs) -> persons.put(k, rs.getString(2)));
        return this;
    }

    Names organizations(JdbcClient db, Collection<String> keys) {
        read(db, "select key, name from organization where deleted_at is null and key in (:keys)", keys,
                (k, rs) -> organizations.put(k, rs.getString(2)));
        return this;
    }

    Names sources(JdbcClient db, Collection<String> keys) {
        read(db, "select key, title::text, outlet, url from source where deleted_at is null and key in (:keys)", keys, (k, rs) -> {
            if (rs.getString(2) != null) {
                sourceTitles.put(k, Json.localized(rs.getString(2)));
            }
            sources.put(k, new String[] {rs.getString(3), rs.getString(4)});
        });
        return this;
    }

    Names cases(JdbcClient db, Collection<String> keys) {
        read(db, "select key, number, kind, title::text from legal_case where deleted_at is null and key in (:keys)", keys,
                (k, rs) -> {
                    cases.put(k, new String[] {rs.getString(2), rs.getString(3)});
                    if (rs.getString(4) != null) {
                        caseTitles.put(k, Json.localized(rs.getString(4)));
                    }
                });
        return this;
    }

    /** The person's name, or null when the reader may not see them. */
    public String person(String key) {
        return key == null ? null : persons.get(key);
    }

    public String organization(String key) {
        return key == null ? null : organizations.get(key);
    }

    public boolean hasSource(String key) {
        return sources.containsKey(key);
    }

    public LocalizedText sourceTitle(String key) {
        return sourceTitles.get(key);
    }

    public String sourceOutlet(String key) {
        return sources.containsKey(key) ? sources.get(key)[0] : null;
    }

    public String sourceUrl(String key) {
        return sources.containsKey(key) ? sources.get(key)[1] : null;
    }

    public boolean hasCase(String key) {
        return cases.containsKey(key);
    }

    public String caseNumber(String key) {
        return cases.containsKey(key) ? cases.get(key)[0] : null;
    }

    public String caseKind(String key) {
        return cases.containsKey(key) ? cases.get(key)[1] : null;
    }

    public LocalizedText caseTitle(String key) {
        return caseTitles.get(key);
    }

    private interface Row {
        void accept(String key, java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static void read(JdbcClient db, String sql, Collection<String> keys, Row row) {
        var wanted = keys.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        db.sql(sql).param("keys", wanted).query((rs, n) -> {
            row.accept(rs.getString(1), rs);
            return null;
        }).list();
    }
}
