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
