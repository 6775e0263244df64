package vn.chibo.development.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;

/**
 * 'development.sympathisersReviewed' for a cell: 1 when the cell took a development step for an
 * outstanding mass in the period (put on the sympathiser list, dossier, resolution...), else 0.
 */
@Component
class DevelopmentIndicators implements IndicatorSource {

    private final JdbcClient jdbc;

    DevelopmentIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "development.sympathisersReviewed";
    }

    @Override
    public Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to) {
        if (subjectKind != SubjectKind.CELL) {
            return Optional.empty();
        }
        long steps = jdbc.sql("select count(*) from development_event e join development_candidate c on c.id = e.candidate_id"
                        + " where c.organization_id = :o and e.occurred_on between :from and :to")
                .param("o", subjectId).param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atEndOfMonth()))
                .query(Long.class).single();
        return Optional.of(steps > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
    }
}
