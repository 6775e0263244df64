package vn.chibo.shared.demo;

import java.util.List;
import java.util.Set;

/**
 * A module's part of the demo data, written with JDBC into the module's own tables. A Spring bean in the module's
 * {@code demo} sub-package; the demo loader runs every contributor once, in one transaction, each after those it
 * {@linkplain #requires() requires} (among contributors free to run, by name, so that the order is always the same).
 * A contributor draws from its own {@link java.util.Random} seeded from {@link DemoContext#seed()}, so that adding or
 * reordering other contributors leaves its data as it was.
 */
public interface DemoContributor {

    /** A short unique name that others list in {@link #requires()}, e.g. {@code "mentoring"}. */
    String name();

    /**
     * The contributors that must have run before this one: those whose anchors it reads, and those whose rows it
     * reads or continues (ids following another's). The loader refuses to start when one of them is missing.
     */
    default Set<String> requires() {
        return Set.of();
    }

    /** Writes this module's demo rows; may read earlier contributors' anchors and add its own. */
    void contribute(DemoContext demo);

    /**
     * The tables whose ids this contributor assigns itself: their identity columns are moved past the highest id once
     * every contributor has written, so that the application's own inserts do not collide.
     */
    default List<String> tablesWithAssignedIds() {
        return List.of();
    }

    /**
     * Work that needs every contributor's rows and the identities restarted, e.g. scoring what was written; called in
     * the same order and transaction.
     */
    default void complete(DemoContext demo) {
    }
}
