package vn.chibo.todo;

import java.time.LocalDate;

/** How pressing a to-do item is, judged against its due date. Declared in the order the list shows them. */
public enum Urgency {
    /** Quá hạn: the due date has passed. */
    OVERDUE,
    /** Sắp đến hạn: due within the source's warning window. */
    DUE_SOON,
    /** Còn thời gian. */
    OPEN;

    /** Overdue after the due date, due soon from {@code soonDays} days before it (the due day itself included). */
    public static Urgency of(LocalDate due, LocalDate today, int soonDays) {
        if (due == null) {
            return OPEN;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(soonDays)) ? OPEN : DUE_SOON;
    }
}
