package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Running deadlines of a subtree in the database (issue 14: the board read every running candidate of the country and
 * worked out each deadline in Java). The rules in force are split into regions of the subtree ({@link RuleRegions});
 * for each region and {@link DeadlineTrack} a deadline window (overdue, due soon, due within n working days) is a range
 * of start dates worked out once from that revision's working days and holidays. The database counts the candidates
 * in those ranges and returns the first ones by start date; only those rows get their exact {@link Deadline} in Java.
 */
@Component
class DeadlineQuery {

    private static final String COLUMNS = "id, person_id, organization_id, stage, cell_resolution_on, decision_on,"
            + " probation_end, recognition_cell_on, decision_extended, recognition_extended";

    private final JdbcClient jdbc;
    private final RuleDocuments rulebooks;

    DeadlineQuery(JdbcClient jdbc, RuleDocuments rulebooks) {
        this.jdbc = jdbc;
        this.rulebooks = rulebooks;
    }

    /** A candidate with a running deadline. */
    record Line(long candidateId, long personId, long organizationId, Stage stage, Deadline deadline) {
    }

    /** A window of deadlines: due from {@code from} (none: any time before) to before {@code before}. */
    record Window(LocalDate from, LocalDate before) {
    }

    /** Which deadlines a window holds, by the rules of a region. */
    interface WindowRule {
        Window of(RuleRegions.Region region);
    }

    /** The deadlines of the subtree: how many are overdue and due soon, and the first of each, the most urgent first. */
    record Panel(List<Line> overdue, long overdueCount, List<Line> dueSoon, long dueSoonCount) {
    }

    Panel panel(String path, LocalDate today, int limit) {
        RuleRegions regions = regions(path, today);
        WindowRule overdue = region -> new Window(null, today);
        WindowRule dueSoon = region -> new Window(today,
                WorkingDays.add(today, region.rules().dueSoonWorkingDays() + 1, region.holidays()));
        long[] counts = count(path, regions, overdue, dueSoon);
        return new Panel(first(path, regions, overdue, today, limit), counts[0], first(path, regions, dueSoon, today, limit),
                counts[1]);
    }

    /** Every running deadline of the subtree that is overdue or has at most {@code workingDays} working days left. */
    List<Line> dueWithin(String path, LocalDate today, int workingDays) {
        RuleRegions regions = regions(path, today);
        WindowRule within = region -> new Window(null, WorkingDays.add(today, workingDays + 1, region.holidays()));
        return first(path, regions, within, today, Integer.MAX_VALUE);
    }

    private RuleRegions regions(String path, LocalDate today) {
        RuleRegions regions = RuleRegions.of(rulebooks.published(Rulebook.Kind.DEVELOPMENT), path, today);
        // as before: a running step where no rules are in force is an error, not a step without deadline
        regions.uncovered().ifPresent(condition -> {
            if (jdbc.sql("select count(*) from development_candidate where " + Subtree.ofPrefix(path).sql("org_path") + " and "
                    + condition + " and " + DeadlineTrack.RUNNING).query(Long.class).single() > 0) {
                throw new BusinessRuleException(null, "development.rules.error.none");
            }
        });
        return regions;
    }

    /** The start dates of a window on one track and region: from {@code from} (when given) up to {@code before}, excluded. */
    private static String range(DeadlineTrack track, RuleRegions.Region region, Window window, LocalDate[] bounds) {
        bounds[0] = window.from() == null ? null : track.firstStartDueFrom(window.from(), region.rules(), region.holidays());
        bounds[1] = track.firstStartDueFrom(window.before(), region.rules(), region.holidays());
        return region.condition() + " and " + track.condition() + " and " + track.column() + " < :before"
                + (bounds[0] == null ? "" : " and " + track.column() + " >= :from");
    }

    /**
     * Candidates in each window, counted in one statement that reads only the candidates in some window (each window
     * is ranges of start dates on the {@code (stage, start date)} indexes, V40), not every running step of the subtree.
     */
    private long[] count(String path, RuleRegions regions, WindowRule... windows) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int w = 0; w < windows.length; w++) {
            conditions.add(condition(regions, windows[w], "w" + w, params));
        }
        String sums = conditions.stream().map(c -> "sum(case when " + c + " then 1 else 0 end)")
                .collect(java.util.stream.Collectors.joining(", "));
        return jdbc.sql("select " + sums + " from development_candidate where " + Subtree.ofPrefix(path).sql("org_path") + " and "
                        + DeadlineTrack.RUNNING + " and (" + String.join(" or ", conditions) + ")").params(params)
                .query((rs, n) -> {
                    long[] counts = new long[windows.length];
                    for (int w = 0; w < windows.length; w++) {
                        counts[w] = rs.getLong(w + 1);
                    }
                    return counts;
                }).single();
    }

    /**
     * The condition on a candidate row that its running deadline lies in the window, by the rules of its region: one
     * range of start dates per region and track, the dates added to {@code params} under names starting with
     * {@code key}.
     */
    static String condition(RuleRegions regions, WindowRule windows, String key, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        for (int r = 0; r < regions.regions().size(); r++) {
            RuleRegions.Region region = regions.regions().get(r);
            Window window = windows.of(region);
            for (DeadlineTrack track : DeadlineTrack.values()) {
                LocalDate[] bounds = new LocalDate[2];
                String name = key + "r" + r + "t" + track.ordinal();
                any.add("(" + range(track, region, window, bounds).replace(":before", ":" + name + "b")
                        .replace(":from", ":" + name + "f") + ")");
                params.put(name + "b", bounds[1]);
                if (bounds[0] != null) {
                    params.put(name + "f", bounds[0]);
                }
            }
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }

    /**
     * The first {@code limit} deadlines of a window by due date, then candidate. On each track and region the deadline
     * follows the start date, so the first rows by start are the first by deadline except among rows due the same day;
     * where a track's last row read is due on the day of the overall last line, its rows due that day are read too.
     */
    private List<Line> first(String path, RuleRegions regions, WindowRule window, LocalDate today, int limit) {
        Comparator<Line> urgent = Comparator.comparing((Line l) -> l.deadline().due()).thenComparingLong(Line::candidateId);
        Map<Long, Line> lines = new LinkedHashMap<>();
        List<Runnable> ties = new ArrayList<>();
        List<LocalDate> lastDue = new ArrayList<>();
        for (RuleRegions.Region region : regions.regions()) {
            for (DeadlineTrack track : DeadlineTrack.values()) {
                LocalDate[] bounds = new LocalDate[2];
                String condition = range(track, region, window.of(region), bounds);
                List<Line> read = read(path, condition, bounds, track.column(), region, today, limit);
                read.forEach(l -> lines.put(l.candidateId(), l));
                if (read.size() == limit) {
                    LocalDate due = read.get(read.size() - 1).deadline().due();
                    lastDue.add(due);
                    ties.add(() -> {
                        LocalDate[] day = {track.firstStartDueFrom(due, region.rules(), region.holidays()),
                                track.firstStartDueFrom(due.plusDays(1), region.rules(), region.holidays())};
                        String sameDay = region.condition() + " and " + track.condition() + " and " + track.column()
                                + " < :before and " + track.column() + " >= :from";
                        read(path, sameDay, day, "id", region, today, limit).forEach(l -> lines.put(l.candidateId(), l));
                    });
                }
            }
        }
        List<Line> sorted = lines.values().stream().sorted(urgent).toList();
        if (sorted.size() > limit) {
            LocalDate cut = sorted.get(limit - 1).deadline().due();
            for (int i = 0; i < ties.size(); i++) {
                if (lastDue.get(i).equals(cut)) {
                    ties.get(i).run();
                }
            }
            sorted = lines.values().stream().sorted(urgent).toList();
        }
        return sorted.stream().limit(limit).toList();
    }

    private List<Line> read(String path, String condition, LocalDate[] bounds, String order, RuleRegions.Region region,
                            LocalDate today, int limit) {
        var statement = jdbc.sql("select " + COLUMNS + " from development_candidate where " + Subtree.ofPrefix(path).sql("org_path")
                        + " and " + condition + " order by " + order + (order.equals("id") ? "" : ", id")
                        + (limit == Integer.MAX_VALUE ? "" : " limit " + limit))
                .param("before", bounds[1]);
        if (bounds[0] != null) {
            statement = statement.param("from", bounds[0]);
        }
        return statement.query((rs, n) -> {
            Stage stage = Stage.valueOf(rs.getString(4));
            Deadline deadline = Deadline.of(new Deadline.DeadlineFacts(stage, rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                    rs.getBoolean(9), rs.getBoolean(10)), region.rules(), today);
            return new Line(rs.getLong(1), rs.getLong(2), rs.getLong(3), stage, deadline);
        }).list();
    }
}
