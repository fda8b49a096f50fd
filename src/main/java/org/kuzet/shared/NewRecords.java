package org.kuzet.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * New records that refer to each other, checked whole before any of them is written: the shape of every use case
 * that writes several records at once (an incident with the new victims, organisation and source it names; later
 * a spreadsheet's rows). Validate, then write:
 * <ol>
 *   <li>{@link #add} gives each record its key at once, so that the others can name it;</li>
 *   <li>{@link #check} validates every record with {@link #references()}, which knows the keys about to be
 *       created besides the records in the database, and reports each problem under the path the record was
 *       added at ({@code $.newVictims[0].name});</li>
 *   <li>only when nothing anywhere had a problem, {@link #write} writes them in the order they were added, each
 *       checked again against the database that now holds the ones before it.</li>
 * </ol>
 * Nothing is written while any record has a problem, nor while the record an update replaces has changed since it
 * was read; what can only fail at the last moment (a key taken meanwhile) is undone by the use case's transaction,
 * which {@link #write} requires.
 */
public final class NewRecords {

    private final KeyResolver stored;
    private final List<Pending<?, ?>> pending = new ArrayList<>();
    private final Map<String, Set<String>> keys = new HashMap<>();

    /** @param stored the records in the database ({@link RecordStore#references()}) */
    public NewRecords(KeyResolver stored) {
        this.stored = stored;
    }

    /**
     * Adds a record to create, under its own key or a fresh one; answers the key. Its problems will be reported
     * under {@code at}.
     */
    public <D extends RecordDocument<D>> String add(RecordStore<D, ?, ?> store, D doc, Checker at) {
        if (doc == null) {
            at.problem("is required");
            return null;
        }
        Set<String> taken = keys.computeIfAbsent(store.table(), t -> new HashSet<>());
        String key = doc.key() != null ? doc.key() : store.freshKey(taken);
        taken.add(key);
        pending.add(pending(store, doc.withKey(key), at));
        return key;
    }

    /**
     * The records in the database and those added here; a pending one resolves to a placeholder id, which is
     * enough for a check and never written.
     */
    public KeyResolver references() {
        return stored.or((table, key) -> keys.getOrDefault(table, Set.of()).contains(key) ? Optional.of(-1L)
                : Optional.empty());
    }

    /** Checks every record added, each problem under the record's path. Writes nothing. */
    public void check() {
        KeyResolver refs = references();
        pending.forEach(p -> p.check(refs));
    }

    /**
     * Writes the records in the order they were added; answers their keys in that order. Only inside the use case's
     * transaction, so that a record refused at the last moment (a key taken meanwhile) takes the others with it.
     */
    public List<String> write(Long userId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("new records are written inside the transaction of the use case");
        }
        List<String> written = new ArrayList<>();
        for (Pending<?, ?> p : pending) {
            written.add(p.write(stored, userId));
        }
        return written;
    }

    /**
     * Creates {@code doc} with the records added here, all or nothing: checks every one of them and {@code doc}
     * (each problem under its path in {@code check}, which may already hold the caller's own problems), and only
     * when there is none writes them, {@code doc} last. Answers {@code doc}'s key.
     *
     * @throws InvalidInputException with every problem found
     */
    public <D extends RecordDocument<D>> String create(RecordStore<D, ?, ?> store, D doc, Checker check, Long userId) {
        String key = add(store, doc, check);
        check();
        check.throwIfProblems();
        write(userId);
        return key;
    }

    /**
     * Replaces the stored record {@code reference} with {@code doc} (which names the version it replaces) and
     * creates the records added here, all or nothing, as {@link #create} does.
     *
     * @throws InvalidInputException with every problem found
     * @throws StaleVersionException when someone saved the record since that version
     */
    public <D extends RecordDocument<D>> void update(RecordStore<D, ?, ?> store, String reference, D doc, Checker check,
                                                     Long userId) {
        check();
        store.checkUpdate(check, reference, doc, references());
        check.throwIfProblems();
        write(userId);
        store.update(reference, doc, userId);
    }

    private static <D extends RecordDocument<D>, V> Pending<D, V> pending(RecordStore<D, V, ?> store, D doc, Checker at) {
        return new Pending<>(store, doc, at);
    }

    private record Pending<D extends RecordDocument<D>, V>(RecordStore<D, V, ?> store, D doc, Checker at) {

        void check(KeyResolver refs) {
            store.validate(at, doc, true, refs);
        }

        String write(KeyResolver stored, Long userId) {
            // the records it names were written before it: now their real ids are known
            Checker again = Checker.rootAt(at.path());
            V valid = store.validate(again, doc, true, stored);
            again.throwIfProblems();
            store.add(doc, valid, userId);
            return doc.key();
        }
    }
}
