package vn.chibo.todo;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing the account should do next.
 *
 * @param kind       stable name of the fact, e.g. {@code meeting.regularNotPlanned} (tests and page ids use it)
 * @param messageKey message shown to the user, with {@code args} already formatted for display (dates dd/MM/yyyy)
 * @param link       the page where it is done, relative to the application ({@code /meetings/12})
 * @param due        when it is due; {@code null} when there is no deadline
 */
public record TodoItem(String kind, String messageKey, List<String> args, String link, LocalDate due, Urgency urgency) {

    public TodoItem {
        args = List.copyOf(args);
    }

    /** An item whose urgency follows from its due date: due soon within {@code soonDays} days. */
    public static TodoItem due(String kind, String messageKey, List<String> args, String link, LocalDate due,
                               LocalDate today, int soonDays) {
        return new TodoItem(kind, messageKey, args, link, due, Urgency.of(due, today, soonDays));
    }

    public Object[] messageArgs() {
        return args.toArray();
    }
}
