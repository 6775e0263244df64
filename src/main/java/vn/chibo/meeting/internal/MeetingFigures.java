package vn.chibo.meeting.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * Meeting figures (docs/figures.md, ‘meetings’) from the per-meeting rollup kept on each meeting row
 * ({@link MeetingScorer}): party meetings held in the period (committee meetings excluded), regular ones
 * held in their own month, scores, grades, attendance, contributions and flat meetings. For a period of whole months
 * the meetings below the root's direct sub-organizations come from the monthly figures kept per child of every
 * ancestor (V59, V47's rollup per unit added up along each unit's path in the writers' transactions): the root's own
 * rows, a few per child and month, instead of the meeting rows.
 */
@Component
class MeetingFigures implements FigureSource {

    private final FigureQueries queries;

    MeetingFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("meeting");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        String held = "from meeting m where " + scope.within("m.org_path") + " and m.status in ('HELD', 'CLOSED')"
                + " and m.kind <> 'COMMITTEE' and m.meeting_date between :from and :to";
        if (!scope.period().wholeMonths()) {
            queries.datedSums(set, scope, "m.org_path", "extract(year from m.meeting_date)", held, Map.of(), fromMeetings());
        } else {
            // whole months: the meetings two levels or more below the root (their unit, V47, lies in the root's subtree
            // below it) from the monthly figures kept per child of every ancestor (V59): the root's rows, one per child
            // and month; the root's and its direct sub-organizations' own meetings (their unit is the root or above
            // it) from the meeting rows
            String root = scope.rootPath();
            queries.datedSums(set, scope, "r.child", "extract(year from r.month_start)", "from meeting_child_month r where"
                    + " r.ancestor = '" + root + "' and r.month_start between :from and :to", Map.of(), fromRollup());
            queries.datedSums(set, scope, "m.org_path", "extract(year from m.meeting_date)", held + " and " + ownOrChild(scope),
                    Map.of(), fromMeetings());
        }
        set.share("meetings.onTimeShare", "meetings.heldOnTime", "meetings.regular");
        set.ratio("meetings.averageScore", "meetings.scoreSum", "meetings.scored");
        set.share("meetings.attendanceRate", "meetings.present", "meetings.invited");
        set.ratio("meetings.contributionsPerMeeting", "meetings.contributions", "meetings.held");
        set.share("meetings.flatShare", "meetings.flat", "meetings.held");
        return set;
    }

    /**
     * The meetings of the root or of one of its direct sub-organizations: by their paths, which the index finds, when
     * the scope lists the sub-organizations (validated paths); else by the depth of the path (every meeting below read).
     */
    private static String ownOrChild(FigureScope scope) {
        String root = scope.rootPath();
        if (scope.hasBuckets()) {
            StringBuilder paths = new StringBuilder("m.org_path in ('").append(root).append("'");
            scope.buckets().forEach(child -> paths.append(", '").append(child).append("'"));
            return paths.append(")").toString();
        }
        return "(m.org_path = '" + root + "' or position('/' in substring(m.org_path from " + (root.length() + 1) + "))"
                + " = length(m.org_path) - " + root.length() + ")";
    }

    private static String[] fromMeetings() {
        return new String[] {
                "meetings.held", "count(*)",
                "meetings.regular", "sum(case when m.kind = 'REGULAR' then 1 else 0 end)",
                "meetings.heldOnTime", "sum(case when m.kind = 'REGULAR'"
                        + " and substring(cast(m.meeting_date as varchar(10)), 1, 7) = m.period then 1 else 0 end)",
                "meetings.thematic", "sum(case when m.kind = 'THEMATIC' or m.combined_thematic = true then 1 else 0 end)",
                "meetings.scored", "sum(case when m.score is not null then 1 else 0 end)",
                "meetings.scoreSum", "coalesce(sum(m.score), 0.00)",
                "meetings.grade.GOOD", "sum(case when m.grade = 'GOOD' then 1 else 0 end)",
                "meetings.grade.FAIR", "sum(case when m.grade = 'FAIR' then 1 else 0 end)",
                "meetings.grade.AVERAGE", "sum(case when m.grade = 'AVERAGE' then 1 else 0 end)",
                "meetings.grade.POOR", "sum(case when m.grade = 'POOR' then 1 else 0 end)",
                "meetings.invited", "sum(m.official_count + m.probationary_count)",
                "meetings.present", "sum(m.present_count)",
                "meetings.contributions", "sum(m.contribution_count)",
                "meetings.flat", "sum(case when m.flat = true then 1 else 0 end)"};
    }

    /** The same figures, in the same order, from the kept monthly figures' columns. */
    private static String[] fromRollup() {
        return new String[] {
                "meetings.held", "sum(r.held)",
                "meetings.regular", "sum(r.regular)",
                "meetings.heldOnTime", "sum(r.regular_on_time)",
                "meetings.thematic", "sum(r.thematic)",
                "meetings.scored", "sum(r.scored)",
                "meetings.scoreSum", "coalesce(sum(r.score_sum), 0.00)",
                "meetings.grade.GOOD", "sum(r.good)",
                "meetings.grade.FAIR", "sum(r.fair)",
                "meetings.grade.AVERAGE", "sum(r.average)",
                "meetings.grade.POOR", "sum(r.poor)",
                "meetings.invited", "sum(r.invited)",
                "meetings.present", "sum(r.present)",
                "meetings.contributions", "sum(r.contributions)",
                "meetings.flat", "sum(r.flat)"};
    }
}
