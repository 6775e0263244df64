package vn.chibo.recognition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;

/**
 * What the discipline register tells the annual classification (Quy định 124/366: an individual
 * disciplined in the year is rated Không hoàn thành nhiệm vụ unless he detected and corrected the
 * fault himself; a collective whose leadership was disciplined, or with too many disciplined
 * subordinate organizations, likewise). Values are 1/0 for yes/no and a fraction for the share,
 * over decisions dated within the period.
 */
@Configuration
class DisciplineFacts {

    static final String DISCIPLINED_IN_YEAR = "discipline.disciplinedInYear";
    static final String SELF_DETECTED = "discipline.selfDetected";
    static final String LEADERSHIP_DISCIPLINED = "discipline.leadershipDisciplined";
    static final String SUBORDINATES_SHARE = "discipline.subordinatesDisciplinedShare";

    /** One fact of the register, for one kind of subject. */
    private record Fact(String key, boolean forMembers, Query query) implements IndicatorSource {

        @Override
        public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
            boolean member = subjectKind == SubjectKind.MEMBER;
            if (member != forMembers) {
                return Optional.empty();
            }
            return Optional.of(query.value(subjectId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth())));
        }
    }

    private interface Query {
        BigDecimal value(long subjectId, Date from, Date to);
    }

    @Bean
    IndicatorSource disciplinedInYear(JdbcClient jdbc) {
        return new Fact(DISCIPLINED_IN_YEAR, true, (id, from, to) -> yes(count(jdbc,
                "select count(*) from discipline_record where person_id = :id and decision_date between :f and :t", id, from, to) > 0));
    }

    /** 1 when every discipline of the member in the period was detected and corrected by himself; 0 otherwise or with none. */
    @Bean
    IndicatorSource disciplineSelfDetected(JdbcClient jdbc) {
        return new Fact(SELF_DETECTED, true, (id, from, to) -> {
            List<Boolean> flags = jdbc.sql("select self_detected from discipline_record where person_id = :id"
                            + " and decision_date between :f and :t").param("id", id).param("f", from).param("t", to)
                    .query(Boolean.class).list();
            return yes(!flags.isEmpty() && flags.stream().allMatch(Boolean.TRUE::equals));
        });
    }

    /** The organization itself or its leadership collective (cấp ủy, ban thường vụ) disciplined in the period. */
    @Bean
    IndicatorSource leadershipDisciplined(JdbcClient jdbc) {
        return new Fact(LEADERSHIP_DISCIPLINED, false, (id, from, to) -> yes(count(jdbc,
                "select count(*) from discipline_record where subject_org_id = :id and decision_date between :f and :t",
                id, from, to) > 0));
    }

    /** Share of the organization's direct subordinate organizations (active) disciplined in the period; 0 without any. */
    @Bean
    IndicatorSource subordinatesDisciplinedShare(JdbcClient jdbc) {
        return new Fact(SUBORDINATES_SHARE, false, (id, from, to) -> {
            long children = jdbc.sql("select count(*) from organization where parent_id = :id and status = 'ACTIVE'")
                    .param("id", id).query(Long.class).single();
            if (children == 0) {
                return BigDecimal.ZERO;
            }
            long disciplined = jdbc.sql("select count(distinct d.subject_org_id) from discipline_record d"
                            + " join organization o on o.id = d.subject_org_id"
                            + " where o.parent_id = :id and o.status = 'ACTIVE' and d.decision_date between :f and :t")
                    .param("id", id).param("f", from).param("t", to).query(Long.class).single();
            return BigDecimal.valueOf(disciplined).divide(BigDecimal.valueOf(children), 4, RoundingMode.HALF_UP);
        });
    }

    /**
     * For the emulation rulebooks' veto 'no discipline in the year' ({@code recognition.noDisciplineInYear}): 1 when no
     * discipline decision of the period concerns the member, or the organization itself or anyone or any organization of
     * its subtree; 0 otherwise.
     */
    @Bean
    IndicatorSource noDisciplineInYear(JdbcClient jdbc) {
        return new IndicatorSource() {
            @Override
            public String key() {
                return "recognition.noDisciplineInYear";
            }

            @Override
            public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
                Date f = Date.valueOf(from.atDay(1));
                Date t = Date.valueOf(to.atEndOfMonth());
                if (subjectKind == SubjectKind.MEMBER) {
                    return Optional.of(yes(count(jdbc, "select count(*) from discipline_record where person_id = :id"
                            + " and decision_date between :f and :t", subjectId, f, t) == 0));
                }
                return jdbc.sql("select path from organization where id = :id").param("id", subjectId).query(String.class)
                        .optional().map(path -> yes(jdbc.sql("select count(*) from discipline_record where "
                                        + vn.chibo.organization.Subtree.of(path).sql("org_path") + " and decision_date between :f and :t")
                                .param("f", f).param("t", t).query(Long.class).single() == 0));
            }
        };
    }

    private static long count(JdbcClient jdbc, String sql, long id, Date from, Date to) {
        return jdbc.sql(sql).param("id", id).param("f", from).param("t", to).query(Long.class).single();
    }

    private static BigDecimal yes(boolean value) {
        return value ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
