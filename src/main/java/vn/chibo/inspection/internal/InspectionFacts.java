package vn.chibo.inspection.internal;

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

/**
 * What inspections tell the models' indicators and the classification, for the subject itself
 * (an organization by its id, a member by his person id) over the period:
 * 'inspection.openViolations', the violations found in the period and not yet closed; and
 * 'inspection.remediationOnTimeRate', the percent of remediation actions due in the period that
 * the inspector verified effective by their due date (no value without any action due).
 */
@Configuration
class InspectionFacts {

    static final String OPEN_VIOLATIONS = "inspection.openViolations";
    static final String REMEDIATION_ON_TIME_RATE = "inspection.remediationOnTimeRate";

    private interface Query {
        Optional<BigDecimal> value(String subjectColumn, long subjectId, Date from, Date to);
    }

    /** One fact, answered for members (person_id) and party organizations (subject_org_id); units have none. */
    private record Fact(String key, Query query) implements IndicatorSource {

        @Override
        public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
            String column = switch (subjectKind) {
                case MEMBER -> "f.person_id";
                case CELL, COMMITTEE, ORGANIZATION -> "f.subject_org_id";
                default -> null;
            };
            if (column == null) {
                return Optional.empty();
            }
            return query.value(column, subjectId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()));
        }
    }

    @Bean
    IndicatorSource openViolations(JdbcClient jdbc) {
        return new Fact(OPEN_VIOLATIONS, (column, id, from, to) -> Optional.of(BigDecimal.valueOf(jdbc.sql(
                        "select count(*) from inspection_finding f where " + column + " = :id and f.finding_type = 'VIOLATION'"
                                + " and f.status <> 'CLOSED' and f.found_on between :f and :t")
                .param("id", id).param("f", from).param("t", to).query(Long.class).single())));
    }

    @Bean
    IndicatorSource remediationOnTimeRate(JdbcClient jdbc) {
        return new Fact(REMEDIATION_ON_TIME_RATE, (column, id, from, to) -> jdbc.sql(
                        "select count(*), coalesce(sum(case when a.verification = 'EFFECTIVE' and a.verified_on <= a.due_on"
                                + " then 1 else 0 end), 0) from remediation_action a join inspection_finding f on f.id = a.finding_id"
                                + " where " + column + " = :id and a.due_on between :f and :t")
                .param("id", id).param("f", from).param("t", to)
                .query((rs, n) -> rs.getLong(1) == 0 ? Optional.<BigDecimal>empty()
                        : Optional.of(BigDecimal.valueOf(rs.getLong(2) * 100).divide(BigDecimal.valueOf(rs.getLong(1)), 1,
                        RoundingMode.HALF_UP)))
                .single());
    }
}
