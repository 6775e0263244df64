package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.inspection.InspectionTest.action;
import static vn.chibo.inspection.InspectionTest.finding;
import static vn.chibo.inspection.InspectionTest.inspectionOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoList;

/**
 * The inspection commission is told of its inspections in progress (by their end date) and of actions reported done
 * that await its verification; the inspected secretary is not.
 */
@IntegrationTest
@Transactional
class InspectorTodoTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;
    @Autowired
    TodoList todos;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private ChiboUser signIn(String username) {
        return demo.signIn(username);
    }

    private List<TodoItem> items(String username, String kind) {
        return todos.itemsFor(signIn(username)).stream().filter(i -> i.kind().equals(kind)).toList();
    }

    @Test
    void theCommissionFollowsItsInspectionsAndTheActionsToVerify() {
        // only this test's records: the demo's open inspections and actions to verify are set aside in its transaction
        jdbc.sql("update inspection set status = 'NOTIFIED' where status in ('OPEN', 'CONCLUDED')").update();
        jdbc.sql("update remediation_action set verification = 'EFFECTIVE' where completed_on is not null and verification is null").update();
        signIn("kiemtra");
        Inspection inspection = inspections.create(inspectionOf(null, demo.sampleCell(), demo.division(), demo.today().plusDays(3)));
        assertThat(items("kiemtra", "inspection.inProgress")).singleElement().satisfies(item -> {
            assertThat(item.link()).isEqualTo("/inspections/" + inspection.getId());
            assertThat(item.due()).isEqualTo(demo.today().plusDays(3));
            assertThat(item.messageKey()).isEqualTo("todo.inspection.inProgress");
        });
        assertThat(items("kiemtra", "inspection.awaitingVerification")).isEmpty();

        signIn("kiemtra");
        Finding shortcoming = findings.record(inspection.getId(), finding(FindingType.SHORTCOMING, "C2.3"));
        signIn("bithu");
        RemediationAction action = findings.addAction(shortcoming.getId(), action(demo.personOf("dangvien"), demo.today().plusDays(10)));
        findings.complete(action.getId(), demo.today(), action.getVersion());
        assertThat(items("kiemtra", "inspection.awaitingVerification")).singleElement()
                .satisfies(item -> {
                    assertThat(item.link()).isEqualTo("/inspections/findings/" + shortcoming.getId());
                    assertThat(item.args()).as("the action and the inspected organization it belongs to")
                            .containsExactly(action.getContent(), inspection.getSubjectName());
                });
        assertThat(items("bithu", "inspection.awaitingVerification")).isEmpty();
        assertThat(items("bithu", "inspection.inProgress")).isEmpty();
    }

    @Test
    void theInspectingSideCountsTheOverdueActionsItOverseesInOneItemThatOpensTheWorklist() {
        String division = demo.pathOf(demo.division());
        long overdue = jdbc.sql("select count(*) from remediation_action a where a.inspecting_org_path like :d and a.completed_on is null"
                        + " and (a.verification is null or a.verification <> 'EFFECTIVE') and a.due_on < :today")
                .param("d", division + "%").param("today", demo.today()).query(Long.class).single();
        java.time.LocalDate earliest = jdbc.sql("select min(a.due_on) from remediation_action a where a.inspecting_org_path like :d"
                        + " and a.completed_on is null and (a.verification is null or a.verification <> 'EFFECTIVE') and a.due_on < :today")
                .param("d", division + "%").param("today", demo.today()).query(java.time.LocalDate.class).single();
        assertThat(overdue).as("the demo has overdue actions in the division").isPositive();
        assertThat(items("kiemtra", "inspection.overdueActions")).singleElement().satisfies(item -> {
            assertThat(item.args()).containsExactly(String.valueOf(overdue));
            assertThat(item.link()).isEqualTo("/inspections#overdueActions");
            assertThat(item.due()).isEqualTo(earliest);
            assertThat(item.urgency()).isEqualTo(vn.chibo.todo.Urgency.OVERDUE);
        });
        assertThat(items("bithu", "inspection.overdueActions")).isEmpty();

        jdbc.sql("update remediation_action set completed_on = :today where inspecting_org_path like :d and completed_on is null")
                .param("today", demo.today()).param("d", division + "%").update();
        assertThat(items("kiemtra", "inspection.overdueActions")).isEmpty();
    }
}
