package org.kuzet.shared;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One read with full clearance inside the caller's transaction, for the few places that must see a record whole
 * whoever acts: the snapshot that record history keeps (a revert must not lose what the writer could not see)
 * and the head of the audit chain (every writer links to it, though few may read the trail).
 *
 * <p>The clearance is raised for the duration of {@code read} only, transaction-locally, and restored after; the
 * session's own setting is never touched, so even a failure cannot leave the connection raised. What the read
 * answers must never reach the acting user: callers seal it, hash it, or keep it to themselves.
 */
public final class FullClearance {

    private FullClearance() {
    }

    public static <T> T read(JdbcClient db, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // set_config(..., true) lasts for the transaction: without one it would not cover the read
            throw new IllegalStateException("a full-clearance read needs a transaction");
        }
        String before = db.sql("select current_setting('kuzet.clearance', true)").query(String.class).optional().orElse(null);
        db.sql("select set_config('kuzet.clearance', 'confidential', true)").query(String.class).single();
        Actor actor = Actor.current();
        Actor raised = new Actor(actor.userId(), actor.username(), actor.role(), Clearance.CONFIDENTIAL);
        boolean done = false;
        try {
            T result = Actor.callAs(raised, read);
            done = true;
            return result;
        } finally {
            try {
                db.sql("select set_config('kuzet.clearance', ?, true)").param(before == null ? "" : before)
                        .query(String.class).single();
            } catch (RuntimeException e) {
                // the read failed and aborted the transaction: it rolls back, and the raise with it
                if (done) {
                    throw e;
                }
            }
        }
    }
}
