package vn.chibo.shared.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What contributors share while the demo is generated: the JDBC access (in the loader's transaction), the seed, the
 * size, the application's clock, and the anchors that earlier contributors provided. Not thread-safe: one loader, one
 * thread.
 */
public final class DemoContext {

    private final JdbcTemplate jdbc;
    private final long seed;
    private final DemoSize size;
    private final Clock clock;
    private final Map<DemoKey<?>, Object> anchors = new HashMap<>();
    private final Map<DemoKey<?>, String> providers = new HashMap<>();
    private String current = "the loader";

    public DemoContext(JdbcTemplate jdbc, long seed, DemoSize size, Clock clock) {
        this.jdbc = jdbc;
        this.seed = seed;
        this.size = size;
        this.clock = clock;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public long seed() {
        return seed;
    }

    public DemoSize size() {
        return size;
    }

    public Clock clock() {
        return clock;
    }

    /** Names the contributor now running, for messages about anchors (the loader calls it before each one). */
    public void running(String contributor) {
        this.current = contributor;
    }

    /** Provides an anchor for later contributors; each anchor has one provider and is provided once. */
    public <T> void put(DemoKey<T> key, T value) {
        if (value == null) {
            throw new IllegalArgumentException("Demo contributor '" + current + "' provides no value for the anchor '" + key + "'");
        }
        if (anchors.containsKey(key)) {
            throw new IllegalStateException("Demo contributor '" + current + "' provides the anchor '" + key
                    + "', which '" + providers.get(key) + "' already provided");
        }
        anchors.put(key, value);
        providers.put(key, current);
    }

    /** An anchor an earlier contributor provided; fails, naming both, if none did. */
    @SuppressWarnings("unchecked")
    public <T> T get(DemoKey<T> key) {
        Object value = anchors.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo contributor '" + current + "' reads the anchor '" + key
                    + "', which no contributor before it provided: list the one that provides it in its requires()");
        }
        return (T) value;
    }
}
