package vn.chibo.development.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Ngày làm việc: weekdays that are not public holidays; deadlines count them from the day after the start. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day on which the {@code days}-th working day after {@code start} falls. */
    public static LocalDate add(LocalDate start, int days, Set<LocalDate> holidays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The first start from which the {@code days}-th working day falls on or after {@code day} ({@link #add} never
     * decreases as its start grows, so {@code add(start, days) >= day} exactly when {@code start >= } this): the
     * {@code days}-th working day counted back from the day before {@code day}, or {@code day} itself for no days.
     */
    public static LocalDate firstStartReaching(LocalDate day, int days, Set<LocalDate> holidays) {
        LocalDate start = day;
        int counted = 0;
        while (counted < days) {
            start = start.minusDays(1);
            if (isWorkingDay(start, holidays)) {
                counted++;
            }
        }
        return start;
    }

    /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is earlier). */
    public static int between(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        if (to.isBefore(from)) {
            return -between(to, from, holidays);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                count++;
            }
        }
        return count;
    }
}
