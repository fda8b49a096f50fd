package org.kuzet.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kuzet.shared.RecordsChanged.Change;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the services of the records (sources, organisations, contacts, persons, events, legal cases, incidents,
 * interventions, reported figures) do alike: read a record by id or key, list a filtered page, export every live record, and
 * create, update and delete one under the rules that every record shares:
 * <ul>
 *   <li>a record is created only when {@link #validate} finds no problem; a key it is given must be free among all
 *       the records of its table, hidden and deleted ones included ({@link RecordRows#KEY_TAKEN} alike for all);
 *       without a key it gets a fresh one that no record holds ({@code person-42}, {@link RecordRows#newKey});</li>
 *   <li>an update names the version it read ({@code $.version}, 422 without it; {@link StaleVersionException} when
 *       someone saved the record since) and may not change the key ({@code $.key}, 422);</li>
 *   <li>deletion hides the record and keeps the row with the reason ({@link RecordRows#softDelete});</li>
 *   <li>a record that is not there, or deleted, is a {@link RecordNotFoundException};</li>
 *   <li>every record written is published in a {@link RecordsChanged} (history keeps a version and audits it,
 *       search indexes it, identity recomputes its name keys) — one record at a time for a create, update, delete
 *       or revert, a batch at a time for a run of {@link Writes} such as a bundle import — and a read of a
 *       confidential record as an {@link AuditEvent} {@code record_read}.</li>
 * </ul>
 * A service extends this class as a concrete {@code @Service} and supplies what is its own: how a record is
 * checked, written and read back. Reads run in one read-only snapshot, writes in one transaction (through Spring's
 * class proxies, so the public methods here are transactional for every service).
 *
 * @param <D> the document, as the API and the bundle carry it
 * @param <V> a checked document with its codes and references resolved to ids: what {@link #insert} and
 *            {@link #overwrite} write
 * @param <F> the filter of the list
 */
public abstract class RecordStore<D extends RecordDocument<D>, V, F extends RecordFilter> {

    /** How many records {@link #load} reads at once, well within the parameters of one statement. */
    private static final int BATCH = 1000;
    /** How many changes a run of {@link Writes} publishes in one {@link RecordsChanged}. */
    public static final int CHANGES_AT_ONCE = 500;
    /** Records written in one transaction from which its runs of writes have the planner's statistics refreshed. */
    static final int STATISTICS_FIRST_AT = 10_000;
    /** Owner of the count of records written by runs of writes in the current transaction. */
    private static final Object WRITTEN_IN_TRANSACTION = new Object();

    protected final JdbcClient db;
    private final String table;
    private final String alias;
    private final String kind;
    private final String keyPrefix;
    private ApplicationEventPublisher events = event -> { };
    private JdbcTemplate jdbc;

    /**
     * @param table     the record's table, e.g. {@code legal_case}
     * @param alias     the alias of the table in the filter's query, e.g. {@code c}
     * @param kind      the record in messages, e.g. {@code legal case}
     * @param keyPrefix the start of a fresh key, e.g. {@code case} for {@code case-42}
     */
    protected RecordStore(JdbcClient db, String table, String alias, String kind, String keyPrefix) {
        this.db = db;
        this.table = table;
        this.alias = alias;
        this.kind = kind;
        this.keyPrefix = keyPrefix;
    }

    /** Where changes and reads are told (history, search, identity, audit); set by Spring. */
    @Autowired
    void publishTo(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** What sends the rows of parts a run of writes holds ({@link PartRows}) in batches; set by Spring. */
    @Autowired
    void batchesThrough(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The record's table, whose keys references to the record use. */
    public String table() {
        return table;
    }

    /** The live record named by its id or its key. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<D> find(String reference) {
        Optional<D> doc = RecordRows.idOf(db, table, reference).map(this::one);
        doc.filter(RecordStore::confidential).ifPresent(d -> events.publishEvent(AuditEvent.recordRead(table, d.key())));
        return doc;
    }

    /**
     * The live records with these keys that the reader may see, by key, each loaded with the others a batch at a time
     * rather than one by one (a report names hundreds of persons). Confidential ones are audited as read, as by
     * {@link #find}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, D> findAll(Collection<String> keys) {
        List<Long> ids = keys.isEmpty() ? List.of() : db.sql("select id from " + table
                        + " where deleted_at is null and key = any (cast(:keys as text[])) order by id")
                .param("keys", keys.stream().distinct().toArray(String[]::new)).query(Long.class).list();
        Map<String, D> byKey = new java.util.LinkedHashMap<>();
        read(ids).forEach(doc -> byKey.put(doc.key(), doc));
        List<String> confidential = byKey.values().stream().filter(RecordStore::confidential).map(RecordDocument::key).toList();
        if (!confidential.isEmpty()) {
            events.publishEvent(AuditEvent.recordsRead(table, confidential));
        }
        return byKey;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public D get(String reference) {
        return find(reference).orElseThrow(() -> new RecordNotFoundException(kind, reference));
    }

    /** A page of the live records that match {@code filter}, in its order, and how many match ({@link PageOf}). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PageOf<D> list(F filter, int page, int size) {
        FilterQuery query = filter.toQuery();
        String from = " from " + table + " " + alias + " where " + query.where();
        long counted = query.bind(db.sql(PageOf.boundedCount(from))).query(Long.class).single();
        List<Long> ids = query.bind(db.sql("select " + alias + ".id" + from + " order by " + query.orderBy()
                        + " limit :limit offset :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        List<D> docs = read(ids);
        List<String> confidential = docs.stream().filter(RecordStore::confidential).map(RecordDocument::key).toList();
        if (!confidential.isEmpty()) {
            events.publishEvent(AuditEvent.recordsRead(table, confidential));
        }
        return PageOf.counted(docs, counted, page, size);
    }

    /**
     * What lists and pages show of the live records with these keys that the reader may see, by key: {@code columns}
     * of the record's table after its key, read by {@code row} (the key is column 1). Keys of records the reader may
     * not see, or that are gone, are absent. Showing a confidential record by name is a read: audited, one entry
     * for the lot.
     */
    protected <T> Map<String, T> byKeys(Collection<String> keys, String columns, RowMapper<T> row) {
        List<String> wanted = keys.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, T> found = new HashMap<>();
        List<String> confidential = new ArrayList<>();
        if (!wanted.isEmpty()) {
            db.sql("select key, " + columns + ", confidentiality from " + table + " where deleted_at is null and key in (:keys)")
                    .param("keys", wanted)
                    .query((rs, n) -> {
                        if (Confidentiality.CONFIDENTIAL.equals(rs.getString("confidentiality"))) {
                            confidential.add(rs.getString(1));
                        }
                        return found.put(rs.getString(1), row.mapRow(rs, n));
                    }).list();
        }
        if (!confidential.isEmpty()) {
            confidential.sort(null);
            events.publishEvent(AuditEvent.recordsRead(table, confidential));
        }
        return found;
    }

    /**
     * Audits a list of these records that the service read without their confidentiality (members, branches): the
     * confidential ones among {@code keys} are a read, one entry for the lot ({@link ConfidentialReads}).
     */
    protected void shown(Collection<String> keys) {
        new ConfidentialReads().shown(table, keys).audit(db, events);
    }

    /** How many live records the reader may see. */
    @Transactional(readOnly = true)
    public long count() {
        return db.sql("select count(*) from " + table + " where deleted_at is null").query(Long.class).single();
    }

    /** Every live record, content only, in the byte order of the keys: what the bundle exports. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<D> all() {
        List<Long> ids = db.sql("select id from " + table + " where deleted_at is null order by key collate \"C\"")
                .query(Long.class).list();
        return read(ids).stream().map(RecordDocument::content).toList();
    }

    @Transactional
    public D create(D doc, Long userId) {
        return create(doc, Checker.root(), userId);
    }

    /**
     * {@link #create(RecordDocument, Long)}, where {@code check} may already hold problems of the caller's own (a
     * form's fields that did not parse): then nothing is written either, and every problem comes back at once.
     */
    @Transactional
    public D create(D doc, Checker check, Long userId) {
        V valid = validate(check, doc, true, KeyResolver.database(db));
        check.throwIfProblems();
        return one(add(doc, valid, userId));
    }

    /**
     * Writes a new record that {@link #validate} accepted and tells history, search and identity about it, as
     * {@link #create} does: the path of every use case that checks several new records first and then writes them
     * (a form with new victims). Answers the new record's id. An import, which writes many, uses {@link #writes}.
     */
    @Transactional
    public long add(D doc, V valid, Long userId) {
        try (Writes run = writes(RecordsChanged.CREATED, userId)) {
            return run.add(doc, valid);
        }
    }

    /**
     * A run of writes of this kind of record whose changes are told together, as {@code action} (e.g.
     * {@link RecordsChanged#IMPORTED}): the path of a use case that writes many records at once, a bundle import.
     * The caller's transaction must stay open until the run is {@linkplain Writes#close closed}.
     */
    public Writes writes(String action, Long userId) {
        return new Writes(action, userId);
    }

    /**
     * Records written one after another by one use case, told to history, search and identity in one
     * {@link RecordsChanged} per {@link #CHANGES_AT_ONCE} records and at {@link #close}: each record written is in
     * exactly one of them, with its content read whole after the write (a batch at a time) and, for an overwrite,
     * before it.
     */
    public final class Writes implements AutoCloseable {

        private final String action;
        private final Long userId;
        private final Set<Long> written = new LinkedHashSet<>();
        private final Map<Long, D> before = new HashMap<>();
        /** Whether this run holds the rows of the records' parts until it publishes ({@link PartRows}). */
        private final boolean holdsParts;

        private Writes(String action, Long userId) {
            this.action = Objects.requireNonNull(action);
            this.userId = userId;
            this.holdsParts = PartRows.hold(jdbc);
        }

        /** Writes a new record that {@link #validate} accepted; answers its id. */
        public long add(D doc, V valid) {
            long id;
            try {
                id = insert(doc, valid, userId);
                RecordRows.taken(table, doc.key());
            } catch (DuplicateKeyException e) {
                // taken by another writer since validate looked: the same answer as when validate finds it taken
                if (RecordRows.isKeyTaken(e, table)) {
                    throw InvalidInputException.of("$.key", "'" + doc.key() + "' " + RecordRows.KEY_TAKEN);
                }
                throw e;
            }
            note(id, null);
            return id;
        }

        /**
         * Replaces the live record {@code id} with {@code doc}, which {@link #validate} accepted, as its next
         * version: the bundle importer's update, which names no version (a record saved by someone else in the
         * meantime is still an edit conflict, since the version is the one read here).
         */
        public void overwrite(long id, D doc, V valid) {
            D was = whole(id);
            RecordRows.bumpVersion(db, table, kind, id, was.version(), userId);
            RecordStore.this.overwrite(id, doc, valid);
            note(id, was);
        }

        private void note(long id, D was) {
            if (!written.add(id)) {
                throw new IllegalStateException(kind + " " + id + " written twice in one run");
            }
            if (was != null) {
                before.put(id, was);
            }
            if (written.size() >= CHANGES_AT_ONCE) {
                flush();
            }
        }

        /** Publishes the changes not yet told. */
        public void flush() {
            try {
                PartRows.send();
            } catch (DuplicateKeyException e) {
                // A held record row (PartRows#insert) whose key another writer took since validate looked: the answer
                // add gives when it finds that at once.
                if (RecordRows.isKeyTaken(e, table)) {
                    throw InvalidInputException.of("$.key", "one of these records' keys " + RecordRows.KEY_TAKEN
                            + " (by a record saved meanwhile)");
                }
                throw e;
            }
            if (written.isEmpty()) {
                return;
            }
            List<D> after = FullClearance.read(db, () -> read(List.copyOf(written)));
            List<Change> changes = new ArrayList<>(after.size());
            for (D doc : after) {
                D was = before.get(doc.id());
                changes.add(new Change(table, doc.id(), doc.key(), doc.version(), action,
                        was == null ? null : was.content(), doc.content(), null));
            }
            written.clear();
            before.clear();
            events.publishEvent(new RecordsChanged(changes));
            refreshStatisticsIfGrown(changes.size());
        }

        /**
         * Has PostgreSQL gather statistics again (V49) each time the records written in this transaction have doubled
         * since, from {@link #STATISTICS_FIRST_AT} on: a sheet of a million rows is one transaction, whose own rows
         * autovacuum cannot count, and its later rows' lookups were planned for the tables as they were before it.
         */
        private void refreshStatisticsIfGrown(int records) {
            long[] writtenAndNext = TransactionScoped.get(WRITTEN_IN_TRANSACTION, () -> new long[] {0, STATISTICS_FIRST_AT});
            writtenAndNext[0] += records;
            if (writtenAndNext[0] >= writtenAndNext[1]) {
                writtenAndNext[1] = writtenAndNext[0] * 2;
                db.sql("select kuzet_refresh_statistics()").query((rs, n) -> 0).list();
            }
        }

        /** Publishes what is left; inside the caller's transaction. */
        @Override
        public void close() {
            flush();
            if (holdsParts) {
                PartRows.release();
            }
        }
    }

    /** Replaces the record with {@code doc}, which names the version it replaces and keeps the key. */
    @Transactional
    public D update(String reference, D doc, Long userId) {
        return update(reference, doc, Checker.root(), userId);
    }

    /** {@link #update(String, RecordDocument, Long)}, with the caller's own problems in {@code check} (see {@link #create}). */
    @Transactional
    public D update(String reference, D doc, Checker check, Long userId) {
        return replace(idOf(reference), doc, doc == null ? null : doc.version(), userId, RecordsChanged.UPDATED, null,
                check);
    }

    /**
     * Puts back the content of an earlier version (which record history keeps) as a new version, under the rules
     * of an update: {@code expectedVersion} is the current version the reverter saw. A deleted record comes back.
     */
    @Transactional
    public D revert(long id, D content, int expectedVersion, int toVersion, Long userId) {
        return replace(id, content, expectedVersion, userId, RecordsChanged.REVERTED, toVersion, Checker.root());
    }

    private D replace(long id, D doc, Integer expectedVersion, Long userId, String action, Integer revertedTo,
                      Checker check) {
        String key = RecordRows.keyOf(db, table, id).orElseThrow(() -> new RecordNotFoundException(kind, Long.toString(id)));
        D before = whole(id);
        requireWholeRecordVisible(id, key, before);
        V valid = checkReplacement(check, key, doc, expectedVersion, KeyResolver.database(db));
        check.throwIfProblems();
        if (revertedTo != null && isDeleted(id)) {
            restore(id, key, expectedVersion, userId);
        } else {
            RecordRows.bumpVersion(db, table, kind, id, expectedVersion, userId);
        }
        overwrite(id, doc, valid);
        changed(action, id, before, revertedTo);
        return one(id);
    }

    /**
     * Checks an update of the record named by {@code reference} without writing anything, adding every problem to
     * {@code at}: the first half of a use case that checks several records before it writes them ({@code refs} also
     * knows the records about to be created with it). {@link #update} checks again when it writes.
     */
    @Transactional(readOnly = true)
    public void checkUpdate(Checker at, String reference, D doc, KeyResolver refs) {
        long id = idOf(reference);
        String key = RecordRows.keyOf(db, table, id).orElseThrow();
        D stored = whole(id);
        // what update refuses, refused before the use case writes anything
        requireWholeRecordVisible(id, key, stored);
        if (doc != null && doc.version() != null && doc.version().intValue() != stored.version()) {
            throw new StaleVersionException(kind, key, doc.version(), stored.version());
        }
        checkReplacement(at, key, doc, doc == null ? null : doc.version(), refs);
    }

    private V checkReplacement(Checker check, String key, D doc, Integer expectedVersion, KeyResolver refs) {
        if (doc != null && doc.key() != null && !doc.key().equals(key)) {
            check.at("key").problem("cannot be changed (it is '" + key + "')");
        }
        if (doc != null && expectedVersion == null) {
            check.at("version").problem("is required for an update (the version you read)");
        }
        return validate(check, doc == null ? null : doc.withKey(key), false, refs);
    }

    /** The records in the database, as references to them are resolved. */
    public KeyResolver references() {
        return KeyResolver.database(db);
    }

    /**
     * Whether a record holds {@code key}, seen by the caller or not, deleted or not ({@link RecordRows#keyExists}):
     * what a create given that key would be refused for.
     */
    public boolean keyTaken(String key) {
        return RecordRows.keyExists(db, table, key);
    }

    /** Hides the record; the row stays in the database with the reason. */
    @Transactional
    public void delete(String reference, String reason, Long userId) {
        long id = idOf(reference);
        D before = whole(id);
        RecordRows.softDelete(db, table, kind, id, reason, userId);
        events.publishEvent(RecordsChanged.of(new Change(table, id, before.key(), before.version() + 1,
                RecordsChanged.DELETED, before.content(), before.content(), null)));
    }

    /**
     * An update replaces the record wholesale, so a writer must see all of it: parts that refer to records beyond
     * their clearance would otherwise be lost without their knowing.
     */
    private void requireWholeRecordVisible(long id, String key, D whole) {
        if (Actor.current().clearance() == Clearance.CONFIDENTIAL) {
            return;
        }
        if (!comparable(one(id)).equals(comparable(whole))) {
            throw new HiddenPartsException(kind, key);
        }
    }

    /**
     * What {@link #update} compares of the record as its writer sees it and as it is: its content, by default. A
     * service whose records have fields it keeps for readers without clearance, and keeps on update, leaves
     * them out here.
     */
    protected D comparable(D doc) {
        return doc.content();
    }

    /** Checks a record against the records in the database. */
    public V validate(Checker at, D doc, boolean creating) {
        return validate(at, doc, creating, KeyResolver.database(db));
    }

    /**
     * Checks a record, adding every problem to {@code at} (the bundle import shares one checker across records):
     * it is required and within {@link Bounds}; its key, if given, is well-formed and when {@code creating} not taken
     * by another record of this table, hidden and deleted ones included; the rest is {@link #check}ed. References are
     * resolved through {@code refs}, which in an import also knows the records about to be created. Writes nothing; answers what
     * {@link #insert} and {@link #overwrite} need, or null when there is no document.
     */
    public V validate(Checker at, D doc, boolean creating, KeyResolver refs) {
        if (doc == null) {
            at.problem("is required");
            return null;
        }
        if (!Bounds.within(at, doc)) {
            return null; // checking a record of 100,000 parts would hold the server; its size is the problem
        }
        String key = at.at("key").key(doc.key());
        if (creating && key != null && RecordRows.keyExists(db, table, key)) {
            at.at("key").problem("'" + key + "' " + RecordRows.KEY_TAKEN);
            // checked as a new record's: nothing of the record that holds the key, seen or not, shapes the answer
            return check(at, doc, null, refs);
        }
        return check(at, doc, key, refs);
    }

    /**
     * Checks what is particular to the record, adding every problem to {@code at}; {@link #validate} has checked
     * the key, which is {@code key} when well-formed (null when missing or malformed).
     */
    protected abstract V check(Checker at, D doc, String key, KeyResolver refs);

    /**
     * Writes a new record that {@link #validate} accepted with real ids; answers its id. Tells nobody: use cases
     * write through {@link #create}, {@link #add} or {@link #writes}, which publish the change.
     */
    protected abstract long insert(D doc, V valid, Long userId);

    /**
     * Replaces the content of a stored record; neither checks nor raises the version and tells nobody: use cases
     * write through {@link #update} or {@link Writes#overwrite}.
     */
    protected abstract void overwrite(long id, D doc, V valid);

    /** Reads the records with these ids (one to a thousand of them), whole, in any order. */
    protected abstract Collection<D> load(List<Long> ids);


    /** The key of a new record: the one it was given, or a fresh one. */
    protected String keyFor(D doc) {
        return doc.key() != null ? doc.key() : RecordRows.newKey(db, table, keyPrefix, Set.of());
    }

    /** A key no record of this table has, nor any of {@code taken} (the keys of records about to be created). */
    public String freshKey(Set<String> taken) {
        return RecordRows.newKey(db, table, keyPrefix, taken);
    }

    private boolean isDeleted(long id) {
        return db.sql("select deleted_at is not null from " + table + " where id = ?").param(id).query(Boolean.class).single();
    }

    /** Brings a deleted record back, if nobody changed it since {@code expectedVersion}. */
    private void restore(long id, String key, int expectedVersion, Long userId) {
        int restored = db.sql("update " + table + " set deleted_at = null, deleted_by = null, deleted_reason = null, "
                        + "version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(userId, id, expectedVersion).update();
        if (restored == 0) {
            int current = db.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
            throw new StaleVersionException(kind, key, expectedVersion, current);
        }
    }

    /** Tells history, search and identity about a change, with the content read whole after it. */
    private void changed(String action, long id, D before, Integer revertedTo) {
        D after = whole(id);
        events.publishEvent(RecordsChanged.of(new Change(table, id, after.key(), after.version(), action,
                before == null ? null : before.content(), after.content(), revertedTo)));
    }

    /**
     * The record whole (deleted or not), whoever acts: for a {@link RecordsChanged} published by a change made
     * outside this store (a merge of duplicates moves references between records), never for the caller.
     */
    public D snapshot(long id) {
        return whole(id);
    }

    /** The record whole, whoever acts: only for {@link RecordsChanged}, never for the caller. */
    private D whole(long id) {
        return FullClearance.read(db, () -> one(id));
    }

    private D one(long id) {
        return read(List.of(id)).getFirst();
    }

    private static boolean confidential(RecordDocument<?> doc) {
        return Confidentiality.CONFIDENTIAL.equals(doc.confidentiality());
    }

    private long idOf(String reference) {
        return RecordRows.idOf(db, table, reference).orElseThrow(() -> new RecordNotFoundException(kind, reference));
    }

    /** The records with these ids, in their order, a batch at a time. */
    private List<D> read(List<Long> ids) {
        List<D> docs = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, D> byId = new HashMap<>();
            load(batch).forEach(doc -> byId.put(doc.id(), doc));
            batch.stream().map(byId::get).filter(Objects::nonNull).forEach(docs::add);
        }
        return docs;
    }
}
