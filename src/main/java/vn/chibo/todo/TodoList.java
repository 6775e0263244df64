package vn.chibo.todo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;

/** The account's to-do list from every source: overdue first, then by due date (undated last). */
@Service
public class TodoList {

    static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::urgency)
            .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::kind).thenComparing(TodoItem::link);

    private final List<TodoSource> sources;
    private final Clock clock;

    TodoList(List<TodoSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TodoItem> itemsFor(ChiboUser user) {
        LocalDate today = LocalDate.now(clock);
        return sources.stream().flatMap(source -> source.itemsFor(user, today).stream()).sorted(ORDER).toList();
    }
}
