package vn.chibo.mentoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.people.PersonDirectory;

/**
 * Automatic indicator values the mentoring programme supplies to the evaluation module: mentees of a
 * member admitted to the Party, mentees who progressed (completed tasks well, awarded, put on the
 * sympathiser list, admitted, or rated good in a review), and the share of a cell's members who mentor.
 */
@Configuration
class MentoringIndicators {

    @Bean
    IndicatorSource menteesAdmitted(JdbcClient jdbc) {
        return source("mentoring.menteesAdmitted", SubjectKind.MEMBER, (id, from, to) -> jdbc.sql(
                        "select count(*) from mentoring_outcome where mentor_person_id = :m and kind = 'ADMITTED'"
                                + " and occurred_on between :from and :to")
                .param("m", id).param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atEndOfMonth()))
                .query(Long.class).single());
    }

    @Bean
    IndicatorSource menteesProgressed(JdbcClient jdbc) {
        return source("mentoring.menteesProgressed", SubjectKind.MEMBER, (id, from, to) -> jdbc.sql(
                        "select count(distinct mentee_person_id) from ("
                                + " select o.mentee_person_id from mentoring_outcome o where o.mentor_person_id = :m"
                                + " and o.kind in ('TASKS_WELL', 'AWARDED', 'SYMPATHISER', 'ADMITTED')"
                                + " and o.occurred_on between :from and :to"
                                + " union all select a.mentee_person_id from mentoring_review r"
                                + " join mentoring_assignment a on a.id = r.assignment_id where a.mentor_person_id = :m"
                                + " and r.rating in ('EXCELLENT', 'GOOD') and r.reviewed_on between :from and :to) progressed")
                .param("m", id).param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atEndOfMonth()))
                .query(Long.class).single());
    }

    /** Share (percent) of a cell's current members who mentor someone now. */
    @Bean
    IndicatorSource assignedMemberShare(JdbcClient jdbc, OrganizationDirectory organizations, PersonDirectory people) {
        return new IndicatorSource() {
            @Override
            public String key() {
                return "mentoring.assignedMemberShare";
            }

            @Override
            public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
                if (subjectKind != SubjectKind.CELL) {
                    return Optional.empty();
                }
                var cell = organizations.find(subjectId);
                if (cell.isEmpty()) {
                    return Optional.empty();
                }
                var members = people.partyMembersUnder(cell.get().path()).stream()
                        .filter(m -> m.organizationId() == subjectId).map(m -> m.id()).toList();
                if (members.isEmpty()) {
                    return Optional.empty();
                }
                long mentoringNow = jdbc.sql("select count(distinct mentor_person_id) from mentoring_assignment"
                                + " where end_date is null and mentor_person_id in (:ids)")
                        .param("ids", members).query(Long.class).single();
                return Optional.of(BigDecimal.valueOf(100 * mentoringNow)
                        .divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        };
    }

    private interface Count {
        long of(long subjectId, YearMonth from, YearMonth to);
    }

    private static IndicatorSource source(String key, SubjectKind kind, Count count) {
        return new IndicatorSource() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
                if (subjectKind != kind) {
                    return Optional.empty();
                }
                return Optional.of(BigDecimal.valueOf(count.of(subjectId, from, to)));
            }
        };
    }
}
