package vn.chibo.shared.jdbc;

import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The turns that the writers of each kind of kept counts take on PostgreSQL (Flyway V52, V53, V56, V65): every statement that
 * can change a kind's counts first takes that kind's transaction-scoped advisory lock, in a BEFORE STATEMENT trigger.
 * A transaction that writes several kinds takes their locks in the order of its statements, and two transactions that
 * do so in opposite orders deadlock on the locks. So one order for all: the order in which a moved subtree
 * ({@code organization.internal.PathCopies}, tables by name) takes them, {@link Kind}'s. A writer whose statements come
 * in another order (a development step that lists a sympathiser, a mentoring outcome that does) takes its kinds here
 * first, before its first write. Nothing on H2 (the single-node embedded database).
 */
@Component
public class WritersTurns {

    /** The kinds in the one order, with their keys (the ASCII of a word read as a number, as in the migrations). */
    public enum Kind {
        /** 0x4f5247414e495a ("ORGANIZ", V65): first, a moved subtree's organizations before the tables it rewrites. */
        ORGANIZATIONS(22326989151947098L),
        /** 0x4d454e544f52 ("MENTOR", V52): then award_record, the first of those by name. */
        MENTORING(84960062230354L),
        /** 0x434c4153534946 ("CLASSIF", V53). */
        CLASSIFICATION(18942666894166342L),
        /** 0x444556454c4f50 ("DEVELOP", V53). */
        DEVELOPMENT(19216535248457552L),
        /** 0x4d454554494e47 ("MEETING", V53). */
        MEETINGS(21749737275870791L),
        /** 0x504552534f4e53 ("PERSONS", V56). */
        PEOPLE(22594218024193619L),
        /** 0x52454749535452 ("REGISTR", V53). */
        REGISTRATIONS(23157120565466194L);

        private final long key;

        Kind(long key) {
            this.key = key;
        }

        public long key() {
            return key;
        }
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public WritersTurns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for the kinds' turns, in the one order, until the transaction ends (a turn already held is taken again at no
     * cost). Call before the transaction's first write of any of them.
     */
    public void take(Kind... kinds) {
        if (!postgres()) {
            return;
        }
        Kind[] ordered = kinds.clone();
        Arrays.sort(ordered);
        for (Kind kind : ordered) {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", kind.key());
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Databases.isPostgres(jdbc);
            postgres = known;
        }
        return known;
    }
}
