package org.kuzet.shared;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lifts the row-level security clearance to {@code confidential} for one piece of work inside the current
 * transaction, then puts it back. For what the application must know but never show: whether an update would
 * lose parts of a record its writer cannot see, the region of a victim who stays unnamed, the full snapshot
 * a history version keeps. Whatever {@code work} reads must not reach the caller's reader unfiltered.
 *
 * <p>{@code set_config(..., true)} is local to the transaction, so the clearance also falls back when the
 * transaction ends, even if {@code work} throws before the explicit restore.
 */
public final class FullClearance {

    private FullClearance() {
    }

    public static <T> T call(JdbcClient db, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("full clearance needs a transaction, so that it cannot outlive the work");
        }
        String before = db.sql("select current_setting('kuzet.clearance', true)").query(String.class).optional().orElse("");
        db.sql("select set_config('kuzet.clearance', 'confidential', true)").query(String.class).single();
        try {
            return work.get();
        } finally {
            db.sql("select set_config('kuzet.clearance', ?, true)").param(before == null ? "" : before)
                    .query(String.class).single();
        }
    }
}
