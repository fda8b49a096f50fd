package org.kuzet.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An object that lives as long as the current transaction: answers to lookups that cannot change before it ends
 * (the id of a vocabulary term, of a record by its key), remembered so that a bulk write such as an import does
 * not ask the database the same question thousands of times. Outside a transaction there is nothing to bind to,
 * and every call gets a fresh object (nothing is remembered).
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /** The object bound to the current transaction under {@code owner}, made by {@code fresh} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object owner, Supplier<T> fresh) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return fresh.get();
        }
        Object bound = TransactionSynchronizationManager.getResource(owner);
        if (bound != null) {
            return (T) bound;
        }
        T value = fresh.get();
        TransactionSynchronizationManager.bindResource(owner, value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean wasBound;

            @Override
            public void suspend() {
                wasBound = TransactionSynchronizationManager.unbindResourceIfPossible(owner) != null;
            }

            @Override
            public void resume() {
                if (wasBound) {
                    TransactionSynchronizationManager.bindResource(owner, value);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(owner);
            }
        });
        return value;
    }

    /** Forgets the object bound under {@code owner} before the transaction ends. */
    public static void unbind(Object owner) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.unbindResourceIfPossible(owner);
        }
    }

    /** The object bound to the current transaction under {@code owner}, if any; null otherwise. */
    @SuppressWarnings("unchecked")
    public static <T> T bound(Object owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return (T) TransactionSynchronizationManager.getResource(owner);
    }
}
