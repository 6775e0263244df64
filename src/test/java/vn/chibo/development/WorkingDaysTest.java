package vn.chibo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.development.internal.WorkingDays;

/** Working-day deadlines skip weekends and the configured public holidays (Tết 2026 here). */
class WorkingDaysTest {

    static final Set<LocalDate> TET_2026 = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

    @Test
    void aDeadlineAcrossTetSkipsTheHolidayWeekAndBothWeekends() {
        // Thursday 12/02/2026: Friday 13 is the 1st working day, then Tết and two weekends, Monday 23 the 2nd
        assertThat(WorkingDays.add(LocalDate.of(2026, 2, 12), 3, TET_2026)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(WorkingDays.add(LocalDate.of(2026, 2, 12), 3, Set.of())).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void sixtyWorkingDaysFromAResolutionBeforeTet() {
        LocalDate resolution = LocalDate.of(2026, 1, 15);
        LocalDate withoutHolidays = WorkingDays.add(resolution, 60, Set.of());
        LocalDate withTet = WorkingDays.add(resolution, 60, TET_2026);
        assertThat(withoutHolidays).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(withTet).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(WorkingDays.between(resolution, withTet, TET_2026)).isEqualTo(60);
    }

    @Test
    void aDeadlineStartingOnAWeekendCountsFromMonday() {
        assertThat(WorkingDays.add(LocalDate.of(2026, 3, 7), 1, Set.of())).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 2, 18), TET_2026)).isFalse();
        assertThat(WorkingDays.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22), TET_2026)).isZero();
        assertThat(WorkingDays.between(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 13), TET_2026)).isEqualTo(-2);
    }

    @Test
    void aDeadlineFallsOnOrAfterADayExactlyWhenItStartsOnOrAfterTheFirstStartReachingIt() {
        LocalDate from = LocalDate.of(2026, 1, 20);
        for (int days : new int[] {0, 1, 3, 5, 10, 30}) {
            for (int d = 0; d < 60; d++) {
                LocalDate day = from.plusDays(d);
                LocalDate first = WorkingDays.firstStartReaching(day, days, TET_2026);
                for (int s = -90; s < 10; s++) {
                    LocalDate start = day.plusDays(s);
                    LocalDate due = days == 0 ? start : WorkingDays.add(start, days, TET_2026);
                    assertThat(!due.isBefore(day)).as("%d working days from %s reach %s", days, start, day)
                            .isEqualTo(!start.isBefore(first));
                }
            }
        }
    }
}
