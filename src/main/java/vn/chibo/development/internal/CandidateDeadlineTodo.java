package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
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

    private final JdbcClient jdbc;
    private final DevelopmentRuleKind rulebooks;
    private final PersonDirectory people;

    CandidateDeadlineTodo(JdbcClient jdbc, DevelopmentRuleKind rulebooks, PersonDirectory people) {
        this.jdbc = jdbc;
        this.rulebooks = rulebooks;
        this.people = people;
    }

    private record Due(long candidateId, long personId, Deadline deadline) {
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (!DevelopmentAccess.watchesCandidateDeadlines(user)) {
            return List.of();
        }
        Map<String, DevelopmentRules> rulesByPath = new HashMap<>();
        List<Due> due = new ArrayList<>();
        jdbc.sql("select id, person_id, org_path, stage, cell_resolution_on, decision_on, probation_end, recognition_cell_on,"
                        + " decision_extended, recognition_extended from development_candidate where "
                        + Subtree.of(user.scopePath()).sql("org_path")
                        + " and stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED', 'DECIDED', 'PROBATION', 'RECOGNITION_RESOLVED')")
                .query((rs, n) -> {
                    DevelopmentRules rules = rulesByPath.computeIfAbsent(rs.getString(3), p -> rulebooks.rulesFor(p, today));
                    Deadline deadline = Deadline.of(new Deadline.DeadlineFacts(Stage.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getBoolean(9), rs.getBoolean(10)), rules, today);
                    if (deadline != null && deadline.workingDaysLeft() <= SOON_WORKING_DAYS) {
                        due.add(new Due(rs.getLong(1), rs.getLong(2), deadline));
                    }
                    return null;
                }).list();
        Map<Long, PersonRef> persons = people.findAll(due.stream().map(Due::personId).toList());
        return due.stream().map(d -> new TodoItem(KIND, "todo.development." + d.deadline().kind(),
                List.of(persons.containsKey(d.personId()) ? persons.get(d.personId()).fullName() : "",
                        String.valueOf(Math.abs(d.deadline().workingDaysLeft()))),
                "/development/candidates/" + d.candidateId(), d.deadline().due(),
                d.deadline().overdue() ? Urgency.OVERDUE : Urgency.DUE_SOON)).toList();
    }
}
