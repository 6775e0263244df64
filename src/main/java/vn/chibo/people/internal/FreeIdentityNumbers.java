package vn.chibo.people.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.chibo.shared.jdbc.TransactionScoped;

/**
 * Identity numbers the current transaction looked up and found free, so that a bulk load writing its people a run
 * at a time does not ask the table again for each run: an import's commit looks every number of its file up once
 * (to match rows with people) and its runs then only insert. A number this transaction writes is taken from then on.
 * Another transaction writing the same number meanwhile is still stopped by the table's unique constraint.
 */
final class FreeIdentityNumbers {

    private static final Object KEY = new Object();

    private FreeIdentityNumbers() {
    }

    static Set<String> inThisTransaction() {
        return TransactionScoped.get(KEY, HashSet::new);
    }

    /** Looked up: those not {@code found} are free. */
    static void noted(Collection<String> lookedUp, Set<String> found) {
        Set<String> free = inThisTransaction();
        lookedUp.stream().filter(Objects::nonNull).filter(number -> !found.contains(number)).forEach(free::add);
    }

    /** Written by this transaction. */
    static void taken(Collection<String> written) {
        Set<String> free = inThisTransaction();
        written.stream().filter(Objects::nonNull).forEach(free::remove);
    }
}
