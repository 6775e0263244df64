package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A self-review's automatic values cover the review's own period: a month's review its month, a year's the year. */
class ReviewPeriodRangeTest {

    @Test
    void eachPeriodCoversItsOwnMonths() {
        assertThat(SelfReviews.range("2026-03")).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        assertThat(SelfReviews.range("2026-Q2")).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 6));
        assertThat(SelfReviews.range("2026-H2")).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 12));
        assertThat(SelfReviews.range("2025")).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    }

    @Test
    void aSourceAnswersOneOrZeroForIndicatorsMetOrNot() {
        RulebookDefinition.Indicator met = new RulebookDefinition.Indicator("C2.2", null, RulebookDefinition.IndicatorKind.MET,
                null, null, null, null, false, "meeting.heldOnTime");
        assertThat(SelfReviews.automaticResult(met, BigDecimal.ONE).met()).isTrue();
        assertThat(SelfReviews.automaticResult(met, BigDecimal.ZERO).met()).isFalse();
    }
}
