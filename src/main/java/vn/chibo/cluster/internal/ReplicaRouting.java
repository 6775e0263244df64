package vn.chibo.cluster.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which database a connection comes from: the replica while a {@link vn.chibo.shared.replica.ReadsFromReplica} method
 * runs, unless the transaction it runs in may write; the primary otherwise.
 */
final class ReplicaRouting {

    enum Target { PRIMARY, REPLICA }

    private static final ThreadLocal<Boolean> READS_FROM_REPLICA = new ThreadLocal<>();

    private ReplicaRouting() {
    }

    static Target current() {
        boolean marked = Boolean.TRUE.equals(READS_FROM_REPLICA.get());
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return marked && !writing ? Target.REPLICA : Target.PRIMARY;
    }

    /** Marks the thread for the duration of a marked method, nesting included. */
    static final class Interceptor implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            Boolean before = READS_FROM_REPLICA.get();
            READS_FROM_REPLICA.set(Boolean.TRUE);
            try {
                return invocation.proceed();
            } finally {
                if (before == null) {
                    READS_FROM_REPLICA.remove();
                } else {
                    READS_FROM_REPLICA.set(before);
                }
            }
        }
    }

    /** Picks the pool by {@link #current()}; wrapped in a lazy proxy so that the choice is made at the first statement. */
    static final class RoutingDataSource extends AbstractRoutingDataSource {

        @Override
        protected Object determineCurrentLookupKey() {
            return current();
        }
    }
}
