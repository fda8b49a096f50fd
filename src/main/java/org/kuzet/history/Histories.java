package org.kuzet.history;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kuzet.crypto.Vault;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordDocument;
import org.kuzet.shared.RecordKind;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordStore;
import org.kuzet.shared.RecordsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The history of every record: a sealed snapshot of each version, kept for every record in a
 * {@link RecordsChanged} (published by {@link RecordStore} for a form, the API or an import, and by a merge), in
 * the writing transaction; each change is audited at the same time. A record imported from a bundle has the
 * version {@code record_imported} (its first when the import created it).
 *
 * <p>Who sees what: whoever sees a record sees its list of versions (who, when, which fields); the contents of
 * versions, their diffs and reverts need full clearance, because a snapshot was read whole and may name records
 * the reader cannot see.
 */
@Service
public class Histories {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final Map<String, RecordStore<?, ?, ?>> stores = new HashMap<>();

    Histories(JdbcClient db, JdbcTemplate jdbc, Vault vault, ApplicationEventPublisher events,
              List<RecordStore<?, ?, ?>> stores) {
        this.db = db;
        this.jdbc = jdbc;
        this.vault = vault;
        this.events = events;
        stores.forEach(s -> this.stores.put(s.table(), s));
    }

    /**
     * Keeps the new version of every record written and audits each change (fields named, values never). The
     * versions of a batch are inserted in one round trip; each is sealed with its own id, as one at a time.
     */
    @EventListener
    public void keep(RecordsChanged written) {
        List<RecordsChanged.Change> changes = written.changes();
        if (changes.isEmpty()) {
            return;
        }
        List<Long> ids = db.sql("select nextval(pg_get_serial_sequence('record_version', 'id')) from generate_series(1, ?)")
                .param(changes.size()).query(Long.class).list();
        Actor actor = Actor.current();
        List<Object[]> rows = new ArrayList<>(changes.size());
        List<AuditEvent> audits = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            keep(changes.get(i), ids.get(i), actor, rows, audits);
        }
        jdbc.batchUpdate("""
                insert into record_version (id, subject_type, subject_id, version, action, author_id, author_name, snapshot,
                    changed_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        audits.forEach(events::publishEvent);
    }

    private void keep(RecordsChanged.Change change, long id, Actor actor, List<Object[]> rows, List<AuditEvent> audits) {
        JsonNode after = Json.MAPPER.valueToTree(change.after());
        List<String> changed = change.action().equals(RecordsChanged.DELETED) ? List.of()
                : Diff.changedPaths(change.before() == null ? null : Json.MAPPER.valueToTree(change.before()), after);
        byte[] snapshot = vault.seal(Json.MAPPER.writeValueAsString(change.after()).getBytes(StandardCharsets.UTF_8),
                "record_version.snapshot:" + id);
        rows.add(new Object[] {id, change.subjectType(), change.subjectId(), change.version(), change.action(),
                actor.userId(), actor.username(), snapshot, changed.toArray(String[]::new)});
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", change.version());
        if (change.before() != null) {
            details.put("previousVersion", change.version() - 1);
        }
        details.put("changedFields", changed);
        if (change.revertedTo() != null) {
            details.put("revertedTo", change.revertedTo());
        }
        audits.add(new AuditEvent(change.action(), change.subjectType(), change.key(), details));
    }

    /** The versions of a record, newest first. */
    @Transactional(readOnly = true)
    public List<RecordVersion> versions(String collection, String reference) {
        Subject subject = subject(collection, reference);
        return db.sql("select * from record_version where subject_type = ? and subject_id = ? order by version desc")
                .params(subject.table, subject.id).query(Histories::version).list();
    }

    /** A version's content and its differences from the version before; the read is audited ({@link #audit}). */
    @Transactional(readOnly = true)
    public VersionContent content(String collection, String reference, int version) {
        Subject subject = subject(collection, reference);
        requireFullClearance();
        Stored stored = stored(subject, version).orElseThrow(() -> noVersion(subject, reference, version));
        Optional<Stored> previous = db.sql("""
                        select * from record_version where subject_type = ? and subject_id = ? and version < ?
                        order by version desc limit 1""")
                .params(subject.table, subject.id, version).query(this::stored).optional();
        audit(subject, previous.map(p -> List.of(p, stored)).orElse(List.of(stored)), List.of(version));
        return content(stored, previous.orElse(null));
    }

    /**
     * Every version's content with its differences from the version before, newest first: what the history page
     * shows. The read is audited once, for all the versions ({@link #audit}).
     */
    @Transactional(readOnly = true)
    public List<VersionContent> contents(String collection, String reference) {
        Subject subject = subject(collection, reference);
        requireFullClearance();
        List<Stored> all = db.sql("select * from record_version where subject_type = ? and subject_id = ? order by version")
                .params(subject.table, subject.id).query(this::stored).list();
        audit(subject, all, all.stream().map(s -> s.version.version()).toList());
        List<VersionContent> contents = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            contents.add(content(all.get(i), i == 0 ? null : all.get(i - 1)));
        }
        return contents;
    }

    private static VersionContent content(Stored stored, Stored previous) {
        JsonNode snapshot = Json.MAPPER.readTree(stored.snapshot);
        JsonNode before = previous == null ? null : Json.MAPPER.readTree(previous.snapshot);
        return new VersionContent(stored.version, previous == null ? null : previous.version.version(), snapshot,
                Diff.between(before, snapshot));
    }

    /**
     * A read of versions' contents is a read of whole snapshots: audited as {@link AuditEvent#versionsRead} when the
     * record is confidential (now, or in a snapshot shown) or a snapshot shown holds a sealed field. The versions of
     * a record that was never confidential and never held a sealed field leave no entry.
     */
    private void audit(Subject subject, List<Stored> shown, List<Integer> versions) {
        RecordStore<?, ?, ?> store = stores.get(subject.table);
        boolean confidential = Confidentiality.CONFIDENTIAL.equals(subject.confidentiality);
        Set<String> sealed = new TreeSet<>();
        for (Stored s : shown) {
            RecordDocument<?> doc = Json.MAPPER.readValue(s.snapshot, documentType(store));
            confidential |= Confidentiality.CONFIDENTIAL.equals(doc.confidentiality());
            sealed.addAll(doc.sealedFields());
        }
        if (confidential || !sealed.isEmpty()) {
            events.publishEvent(AuditEvent.versionsRead(subject.table, subject.key, versions, List.copyOf(sealed)));
        }
    }

    /**
     * Makes the record equal in content to {@code version} again, as a new version, through the update path:
     * {@code currentVersion} is the version the reverter saw (stale → edit conflict). A deleted record is restored.
     */
    @Transactional
    public RecordDocument<?> revert(String collection, String reference, int version, Integer currentVersion, Long userId) {
        Subject subject = subject(collection, reference);
        requireFullClearance();
        if (currentVersion == null) {
            throw org.kuzet.shared.InvalidInputException.of("$.version", "is required: the current version you read");
        }
        Stored stored = stored(subject, version).orElseThrow(() -> noVersion(subject, reference, version));
        return revert(stores.get(subject.table), subject.id, stored.snapshot, version, currentVersion, userId);
    }

    private <D extends RecordDocument<D>> D revert(RecordStore<D, ?, ?> store, long id, String snapshot, int version,
                                                  int currentVersion, Long userId) {
        D content = Json.MAPPER.readValue(snapshot, documentType(store));
        return store.revert(id, content, currentVersion, version, userId);
    }

    @SuppressWarnings("unchecked")
    private static <D extends RecordDocument<D>> Class<D> documentType(RecordStore<D, ?, ?> store) {
        return (Class<D>) ResolvableType.forClass(RecordStore.class, ClassUtils.getUserClass(store)).getGeneric(0).resolve();
    }

    /** A record, live or deleted, named by key or id. */
    private record Subject(String table, long id, String key, String confidentiality) {
    }

    /**
     * The record whose history is asked for, if the actor may see it: row-level security hides it from those who
     * may not, and the same rule is applied here too: confidential records only to full clearance or their creator.
     */
    private Subject subject(String collection, String reference) {
        String table = RecordKind.ofCollection(collection).filter(RecordKind::stored).map(RecordKind::table).orElse(null);
        if (table == null || !stores.containsKey(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no collection '" + collection + "'");
        }
        String kind = table.replace('_', ' ');
        record Row(long id, String key, String confidentiality, Long createdBy) {
        }
        Optional<Row> row = db.sql("select id, key, confidentiality, created_by from " + table
                        + " where key = ? or (? ~ '^[0-9]{1,18}$' and id = cast(? as bigint))")
                .params(reference, reference, reference.matches("^[0-9]{1,18}$") ? reference : "0")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)))
                .optional();
        Actor actor = Actor.current();
        boolean visible = row.isPresent() && (actor.clearance() == Clearance.CONFIDENTIAL
                || actor.clearance() == Clearance.INTERNAL && (!"confidential".equals(row.get().confidentiality())
                        || actor.userId() != null && Objects.equals(actor.userId(), row.get().createdBy())));
        if (!visible) {
            throw new RecordNotFoundException(kind, reference);
        }
        return new Subject(table, row.get().id(), row.get().key(), row.get().confidentiality());
    }

    private static void requireFullClearance() {
        if (Actor.current().clearance() != Clearance.CONFIDENTIAL) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the contents of versions need full clearance (reviewer or administrator): a version may name "
                            + "records you cannot see");
        }
    }

    private static RecordNotFoundException noVersion(Subject subject, String reference, int version) {
        return new RecordNotFoundException("version", version + " of " + subject.table.replace('_', ' ') + " '" + reference + "'");
    }

    /** A version with its opened snapshot. */
    private record Stored(RecordVersion version, String snapshot) {
    }

    private Optional<Stored> stored(Subject subject, int version) {
        return db.sql("select * from record_version where subject_type = ? and subject_id = ? and version = ?")
                .params(subject.table, subject.id, version).query(this::stored).optional();
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(version(rs, n), vault.openText(rs.getBytes("snapshot"), "record_version.snapshot:" + rs.getLong("id")));
    }

    private static RecordVersion version(ResultSet rs, int n) throws SQLException {
        Array fields = rs.getArray("changed_fields");
        return new RecordVersion(rs.getInt("version"), rs.getString("action"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getObject("author_id", Long.class),
                rs.getString("author_name"), fields == null ? List.of() : Arrays.asList((String[]) fields.getArray()));
    }
}
