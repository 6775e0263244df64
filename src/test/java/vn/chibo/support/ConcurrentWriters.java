package vn.chibo.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several clients writing at the same moment, each transaction of its own made of several statements, as in
 * {@code PostgresMentoringCountsConcurrencyTest}: all start together, and every failed transaction is counted by its
 * SQLState (40P01 deadlock, 40001 serialization failure, 23505 unique violation …). A client's transaction receives
 * its client number and a random source of its own (seeded, so a run can be repeated).
 */
public final class ConcurrentWriters {

    /** One transaction of one client. */
    @FunctionalInterface
    public interface Transaction {
        void run(int client, Random random);
    }

    /** What the clients did: committed transactions, failed ones by SQLState, and the time they took together. */
    public record Outcome(int committed, Map<String, Integer> failures, long millis) {

        /** One line for the test's output (the figures of docs/benchmarks.md). */
        public Outcome print(String what) {
            System.out.printf("%s: %d transactions committed, failed by SQLState %s, in %d ms%n", what, committed, failures, millis);
            return this;
        }
    }

    private ConcurrentWriters() {
    }

    public static Outcome run(PlatformTransactionManager transactionManager, int clients, int transactionsEach, long seed,
            Transaction transaction) throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Map<String, Integer> failures = new TreeMap<>();
        int[] committed = {0};
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        long began = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Random random = new Random(seed + c);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int t = 0; t < transactionsEach; t++) {
                        try {
                            transactions.executeWithoutResult(status -> transaction.run(client, random));
                            synchronized (committed) {
                                committed[0]++;
                            }
                        } catch (RuntimeException e) {
                            synchronized (failures) {
                                failures.merge(sqlState(e), 1, Integer::sum);
                            }
                        }
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(committed[0], failures, (System.nanoTime() - began) / 1_000_000);
    }

    /** The keys whose kept value differs from the raw one: key → "kept ≠ raw" (a missing value shown as null). */
    public static <V> Map<String, String> differences(Map<String, V> kept, Map<String, V> raw) {
        Map<String, String> differ = new TreeMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(kept.keySet());
        keys.addAll(raw.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(kept.get(key), raw.get(key))) {
                differ.put(key, kept.get(key) + " ≠ " + raw.get(key));
            }
        }
        return differ;
    }

    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }
}
