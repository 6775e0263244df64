package vn.chibo.mentoring.internal;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;

/**
 * 'Mentors awarded' and 'mentees awarded' counted from their one source, the award register: an individual award
 * record counts for a mentor when its person was mentoring someone at the decision date, for a mentee when its person
 * was being mentored at that date. Counted per direct child in one statement: the register's rows are read where they
 * are (the same rows as {@code recognition.AwardRegister#individualAwardsUnder}), never loaded to decide the roles.
 */
@Component
class AwardedInMentoring {

    private static final String DURING = " and a.start_date <= w.decision_date and (a.end_date is null or a.end_date >= w.decision_date))";

    private final JdbcClient jdbc;

    AwardedInMentoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the awards decided between two days to people under {@code root} to each child's figures. */
    void add(OrganizationRef root, MentoringCounts.Target target, LocalDate from, LocalDate to) {
        String child = Subtree.of(root.path()).childIdSql("w.org_path");
        jdbc.sql("select " + child + ", sum(case when exists (select 1 from mentoring_assignment a where a.mentor_person_id"
                        + " = w.person_id" + DURING + " then 1 else 0 end), sum(case when exists (select 1 from"
                        + " mentoring_assignment a where a.mentee_person_id = w.person_id" + DURING + " then 1 else 0 end)"
                        + " from award_record w where w.person_id is not null and " + SubtreeSql.under("w.org_path", root.path())
                        + " and w.decision_date between :from and :to group by " + child)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(rs -> {
                    long id = rs.getLong(1);
                    MentoringBoard.Figures f = target.of(rs.wasNull() ? null : id);
                    f.awardedMentors += rs.getLong(2);
                    f.outcomes.merge(vn.chibo.mentoring.MentoringOutcome.AWARDED, rs.getLong(3), Long::sum);
                });
    }
}
