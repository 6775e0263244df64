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
 * held in their own month, scores, grades, attendance, contributions and flat meetings.
 */
@Component
class MeetingFigures implements FigureSource {

    private final FigureQueries queries;

    MeetingFigures(JdbcClient jdbc) {
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public boolean countsYears() {
        return true;
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
        queries.datedSums(set, scope, "m.org_path", "extract(year from m.meeting_date)", held, Map.of(),
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
                "meetings.flat", "sum(case when m.flat = true then 1 else 0 end)");
        set.share("meetings.onTimeShare", "meetings.heldOnTime", "meetings.regular");
        set.ratio("meetings.averageScore", "meetings.scoreSum", "meetings.scored");
        set.share("meetings.attendanceRate", "meetings.present", "meetings.invited");
        set.ratio("meetings.contributionsPerMeeting", "meetings.contributions", "meetings.held");
        set.share("meetings.flatShare", "meetings.flat", "meetings.held");
        return set;
    }
}
