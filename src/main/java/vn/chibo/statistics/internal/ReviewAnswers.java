package vn.chibo.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.organization.Subtree;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;

/**
 * Precomputed review answers per (organization, period), each stamped with the journal generation and the number of
 * figure changes under its subtree and on its ancestors counted <em>before</em> it was computed (Flyway V35). The
 * journal is written by database triggers in every writer's transaction and only grows between compactions, so an
 * answer is exact while that count, the generation and the day it was computed for are unchanged: a change committed
 * before the count is in the answer, one committed after it raises the count. Staleness is decided from the database
 * alone, so any number of application nodes agree.
 */
@Component
class ReviewAnswers {

    /**
     * Journal generation and changes under a subtree (and on its ancestors), read together, also per table changed
     * ({@link #UNNAMED} for journal rows written before tables were named).
     */
    record Stamp(long generation, long changes, Map<String, Long> tables) {

        /** The tables whose count of changes differs from an earlier stamp's: changed since (any, if unnamed ones did). */
        java.util.Set<String> changedSince(Map<String, Long> earlier) {
            java.util.Set<String> changed = new java.util.TreeSet<>();
            tables.forEach((table, count) -> {
                if (!count.equals(earlier.get(table))) {
                    changed.add(table);
                }
            });
            earlier.keySet().stream().filter(table -> !tables.containsKey(table)).forEach(changed::add);
            return changed;
        }
    }

    /** The table name of journal rows that name none (written before Flyway V55). */
    static final String UNNAMED = "";

    /** Not a table: in the changes since a kept answer, that it was counted on an earlier day. */
    static final String NEW_DAY = "#new-day";

    /** A fresh answer and the derived figures' definitions it was computed with. */
    record Answer(Review review, Map<String, List<String>> derivations) {
    }

    /**
     * A kept answer of the current journal generation, fresh or not, with what it was counted from: the day, the
     * changes per table under the subtree before it was computed, and the figure keys each source gave (by source name).
     */
    record Kept(Answer answer, LocalDate countedOn, Map<String, Long> tables, Map<String, List<String>> sourceKeys) {

        /** The tables changed since under the subtree, and {@link #NEW_DAY} when it was counted before {@code today}. */
        java.util.Set<String> changedSince(Stamp now, LocalDate today) {
            java.util.Set<String> changed = now.changedSince(tables);
            if (!today.equals(countedOn)) {
                changed.add(NEW_DAY);
            }
            return changed;
        }
    }

    private final JdbcClient jdbc;
    private final ReviewSnapshots snapshots;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewAnswers(JdbcClient jdbc, ReviewSnapshots snapshots, Clock clock) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * Whether the period is one answers are kept for: whole months (a month, a quarter, a year, the last three years:
     * the presets of the review page and the dashboards). Other ranges are answered from the raw rows only.
     */
    static boolean kept(ReviewPeriod period) {
        return period.wholeMonths();
    }

    /**
     * The stamp of a subtree now: read first, then compute, so that the answer is at least as new as the stamp. The
     * generation and the counts are read by one statement (one snapshot): a compaction cannot fall between them.
     */
    Stamp stamp(String rootPath) {
        Subtree root = Subtree.of(rootPath);
        long[] generation = {-1};
        Map<String, Long> tables = new java.util.TreeMap<>();
        jdbc.sql("select g.generation, c.source_table, c.changes from figure_change_generation g left join (select"
                        + " coalesce(f.source_table, '" + UNNAMED + "') source_table, count(*) changes from figure_change f"
                        + " where " + root.sql("f.org_path") + " or f.org_path in (:ancestors) group by coalesce(f.source_table, '"
                        + UNNAMED + "')) c on 1 = 1 where g.id = 1")
                .param("ancestors", ancestors(rootPath))
                .query(rs -> {
                    generation[0] = rs.getLong(1);
                    if (rs.getString(2) != null) {
                        tables.put(rs.getString(2), rs.getLong(3));
                    }
                });
        return new Stamp(generation[0], tables.values().stream().mapToLong(Long::longValue).sum(), tables);
    }

    /** A kept row as read, unparsed: its stamp, its day and its texts. */
    private record Row(Stamp was, LocalDate countedOn, String body, String derivations, String tables, String sources) {
    }

    /**
     * A review's kept row as one read found it, and the subtree's stamp read right after: the answer to serve when it
     * is still exact ({@link #fresh()}), else the stamp to keep the recomputed answer with and the base to bring up to
     * date ({@link #base()}). Parsed only when asked for.
     */
    final class Found {

        private final Stamp now;
        private final Row row;

        private Found(Stamp now, Row row) {
            this.now = now;
            this.row = row;
        }

        /** The stamp read after the kept row: an answer computed from here on is at least as new as it. */
        Stamp stamp() {
            return now;
        }

        /** The kept answer, if it is still exact: counted today, of the current generation, no change since. */
        Optional<Answer> fresh() {
            if (row == null || !today().equals(row.countedOn()) || row.was().generation() != now.generation()
                    || row.was().changes() != now.changes()) {
                return Optional.empty();
            }
            return Optional.of(answer(row.body(), row.derivations()));
        }

        /**
         * The kept answer of the current generation, stale or not and of any day, if it says what it was counted from
         * (kept since Flyway V55): the base that {@link ReviewAssembler#update} brings up to date.
         */
        Optional<Kept> base() {
            if (row == null || row.was().generation() != now.generation() || row.tables() == null || row.sources() == null) {
                return Optional.empty();
            }
            return Optional.of(new Kept(answer(row.body(), row.derivations()), row.countedOn(),
                    json.readValue(row.tables(), new TypeReference<Map<String, Long>>() { }),
                    json.readValue(row.sources(), new TypeReference<Map<String, List<String>>>() { })));
        }
    }

    /**
     * Reads the review's kept row once, then the subtree's stamp: one read and one stamp both to tell whether the kept
     * answer is exact and, when it is not, to bring it up to date (two of each before). The row first: one kept in
     * between is only a newer base, and a change committed after the stamp makes the next read's stamp differ.
     */
    Found find(long organizationId, String rootPath, ReviewPeriod period) {
        var kept = jdbc.sql("select generation, change_count, computed_on, body, derivations, table_counts, source_keys"
                        + " from review_answer where organization_id = :id and period_from = :from and period_to = :to")
                .param("id", organizationId).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new Row(new Stamp(rs.getLong(1), rs.getLong(2), Map.of()), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
        return new Found(stamp(rootPath), kept.orElse(null));
    }

    /** The kept answer, if it is still exact now. */
    Optional<Answer> fresh(long organizationId, String rootPath, ReviewPeriod period) {
        return find(organizationId, rootPath, period).fresh();
    }

    private Answer answer(String body, String derivations) {
        return new Answer(snapshots.read(body, null, List.of()),
                json.readValue(derivations, new TypeReference<Map<String, List<String>>>() { }));
    }

    /**
     * The answer whose computation started at or after {@code since}, today, fresh or not: for a reader who asked at
     * {@code since} and waited for the background to compute it (its generation current: never one a compaction dropped).
     */
    Optional<Answer> keptSince(long organizationId, ReviewPeriod period, java.time.Instant since) {
        return jdbc.sql("select a.body, a.derivations from review_answer a join figure_change_generation g on g.id = 1"
                        + " and g.generation = a.generation where a.organization_id = :id and a.period_from = :from"
                        + " and a.period_to = :to and a.computed_on = :on and a.computed_at >= :since")
                .param("id", organizationId).param("from", period.from()).param("to", period.to())
                .param("on", LocalDate.now(clock)).param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> answer(rs.getString(1), rs.getString(2))).optional();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Keeps an answer computed after {@code stamp} was read at {@code startedAt} (replacing the one kept before); the
     * start is its {@code computed_at}, so that {@link #keptSince} means "as exact as a pass started then".
     */
    void keep(long organizationId, ReviewPeriod period, Stamp stamp, java.time.Instant startedAt, ReviewAssembler.Pass pass) {
        Review review = pass.review();
        jdbc.sql("delete from review_answer where organization_id = :id and period_from = :from and period_to = :to")
                .param("id", organizationId).param("from", period.from()).param("to", period.to()).update();
        jdbc.sql("insert into review_answer (organization_id, period_from, period_to, computed_on, generation, change_count,"
                        + " computed_at, body, derivations, table_counts, source_keys) values (:id, :from, :to, :on,"
                        + " :generation, :changes, :at, :body, :derivations, :tables, :sources)")
                .param("id", organizationId).param("from", period.from()).param("to", period.to())
                .param("on", LocalDate.now(clock)).param("generation", stamp.generation()).param("changes", stamp.changes())
                .param("at", java.sql.Timestamp.from(startedAt)).param("body", snapshots.write(review))
                .param("derivations", json.writeValueAsString(pass.derivations()))
                .param("tables", json.writeValueAsString(stamp.tables()))
                .param("sources", json.writeValueAsString(pass.sourceKeys())).update();
    }

    /** Rows in the journal: when too many, {@link #compact()} (counting a subtree's changes reads them). */
    long journalSize() {
        return jdbc.sql("select count(*) from figure_change").query(Long.class).single();
    }

    /**
     * Empties the journal and drops every answer in one transaction, with a new generation: an answer being computed
     * meanwhile carries the old generation and is never served.
     */
    void compact() {
        jdbc.sql("update figure_change_generation set generation = generation + 1 where id = 1").update();
        jdbc.sql("delete from review_answer").update();
        jdbc.sql("delete from figure_change").update();
    }

    /** {@code /}, {@code /1/}, {@code /1/11/} for {@code /1/11/14/}: changes there may change the subtree's figures. */
    static List<String> ancestors(String path) {
        List<String> ancestors = new ArrayList<>();
        for (int i = path.indexOf('/'); i >= 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            ancestors.add(path.substring(0, i + 1));
        }
        return ancestors;
    }
}
