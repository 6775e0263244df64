package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;
import vn.chibo.todo.Urgency;

/**
 * Secretary: candidates of his organization whose legal deadline (decision, ceremony, recognition) falls within
 * {@value #SOON_WORKING_DAYS} working days or has passed. Committees deciding admissions get their board instead.
 */
@Component
class CandidateDeadlineTodo implements TodoSource {

    static final String KIND = "development.deadline";
    static final int SOON_WORKING_DAYS = 10;

    private final DeadlineQuery deadlines;
    private final PersonDirectory people;

    CandidateDeadlineTodo(DeadlineQuery deadlines, PersonDirectory people) {
        this.deadlines = deadlines;
        this.people = people;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!DevelopmentAccess.watchesCandidateDeadlines(user)) {
            return List.of();
        }
        List<DeadlineQuery.Line> due = deadlines.dueWithin(user.scopePath(), today, SOON_WORKING_DAYS);
        Map<Long, PersonRef> persons = people.findAll(due.stream().map(DeadlineQuery.Line::personId).toList());
        return due.stream().map(d -> new TodoItem(KIND, "todo.development." + d.deadline().kind(),
                List.of(persons.containsKey(d.personId()) ? persons.get(d.personId()).fullName() : "",
                        String.valueOf(Math.abs(d.deadline().workingDaysLeft()))),
                "/development/candidates/" + d.candidateId(), d.deadline().due(),
                d.deadline().overdue() ? Urgency.OVERDUE : Urgency.DUE_SOON)).toList();
    }
}
