package vn.chibo.shared.jdbc;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that lives as long as the current transaction, e.g. the rows a bulk load already locked in it, so that the
 * next part of the same load does not lock them again. Outside a transaction (no synchronization) every call gets a
 * fresh value, which is what remembering nothing means.
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /** The value bound to {@code key} in the current transaction, created on first use and dropped when it ends. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return create.get();
        }
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound == null) {
            bound = create.get();
            TransactionSynchronizationManager.bindResource(key, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return (T) bound;
    }
}
