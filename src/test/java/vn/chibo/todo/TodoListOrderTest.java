package vn.chibo.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;

class TodoListOrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    static TodoItem item(String link, LocalDate due, int soonDays) {
        return TodoItem.due("k", "key", List.of(), link, due, TODAY, soonDays);
    }

    @Test
    void urgencyFollowsTheDueDate() {
        assertThat(Urgency.of(TODAY.minusDays(1), TODAY, 7)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(TODAY, TODAY, 0)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(7), TODAY, 7)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(8), TODAY, 7)).isEqualTo(Urgency.OPEN);
        assertThat(Urgency.of(null, TODAY, 7)).isEqualTo(Urgency.OPEN);
    }

    @Test
    void theListShowsOverdueFirstThenByDueDateFromEverySource() {
        TodoSource first = (user, today) -> List.of(item("/open-late", TODAY.plusDays(30), 7), item("/soon", TODAY.plusDays(2), 7));
        TodoSource second = (user, today) -> List.of(item("/overdue", TODAY.minusDays(3), 7),
                item("/undated", null, 7), item("/open-early", TODAY.plusDays(10), 7));
        ChiboUser user = new ChiboUser(1, "x", "", true, true, Role.MEMBER, 1L, null, null, "X");

        List<TodoItem> items = new TodoList(List.of(first, second), CLOCK).itemsFor(user);

        assertThat(items).extracting(TodoItem::link).containsExactly("/overdue", "/soon", "/open-early", "/open-late", "/undated");
    }
}
