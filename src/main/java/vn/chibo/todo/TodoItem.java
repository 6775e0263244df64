package vn.chibo.todo;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing the account should do next.
 *
 * @param kind       stable name of the fact, e.g. {@code meeting.regularNotPlanned} (tests and page ids use it)
 * @param messageKey message shown to the user, with {@code args} already formatted for display (dates dd/MM/yyyy)
 * @param link       the page where it is done, relative to the application ({@code /meetings/12})
 * @param due        when it is due (a deadline) or happens (an appointment, e.g. a meeting); {@code null} when neither
 * @param appointment true when {@code due} is the day something takes place rather than a deadline ("Ngày", not "Hạn")
 */
public record TodoItem(String kind, String messageKey, List<String> args, String link, LocalDate due, Urgency urgency,
                       boolean appointment) {

    /** A deadline item. */
    public TodoItem(String kind, String messageKey, List<String> args, String link, LocalDate due, Urgency urgency) {
        this(kind, messageKey, args, link, due, urgency, false);
    }

    public TodoItem {
        args = List.copyOf(args);
    }

    /** An item whose urgency follows from its due date: due soon within {@code soonDays} days. */
    public static TodoItem due(String kind, String messageKey, List<String> args, String link, LocalDate due,
                               LocalDate today, int soonDays) {
        return new TodoItem(kind, messageKey, args, link, due, Urgency.of(due, today, soonDays));
    }

    /** Something that takes place on {@code day} (due soon within {@code soonDays} days), shown with "Ngày", not "Hạn". */
    public static TodoItem on(String kind, String messageKey, List<String> args, String link, LocalDate day,
                              LocalDate today, int soonDays) {
        return new TodoItem(kind, messageKey, args, link, day, Urgency.of(day, today, soonDays), true);
    }

    /** The message key of the date's label: {@code todo.due} for a deadline, {@code todo.on} for an appointment. */
    public String dateLabelKey() {
        return appointment ? "todo.on" : "todo.due";
    }

    public Object[] messageArgs() {
        return args.toArray();
    }
}
