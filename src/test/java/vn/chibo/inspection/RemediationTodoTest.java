package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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
import vn.chibo.todo.Urgency;

/** The inspected secretary's to-do: remediation actions due within a week or overdue, until reported done. */
@IntegrationTest
@Transactional
class RemediationTodoTest {

    @Autowired
    TodoList todos;
    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;
    @Autowired
    DemoFixture demo;

    ChiboUser signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (ChiboUser) user;
    }

    List<String> linksOf(String username) {
        return todos.itemsFor(signIn(username)).stream().filter(i -> i.kind().equals("inspection.remediationDue"))
                .map(TodoItem::link).toList();
    }

    @Test
    void actionsDueWithinAWeekOrOverdueAreTheSecretarysUntilReportedDone() {
        LocalDate today = demo.today();
        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(null, demo.sampleCell(), demo.division(),
                today.minusDays(20)));
        Finding finding = findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, "c2.3"));
        String link = "/inspections/findings/" + finding.getId();

        signIn("bithu");
        RemediationAction overdue = findings.addAction(finding.getId(), InspectionTest.action(demo.personOf("bithu"), today.minusDays(1)));
        findings.addAction(finding.getId(), InspectionTest.action(demo.personOf("dangvien"), today.plusDays(30)));

        List<TodoItem> items = todos.itemsFor(signIn("bithu")).stream()
                .filter(i -> i.kind().equals("inspection.remediationDue") && i.link().equals(link)).toList();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.due()).isEqualTo(today.minusDays(1));
            assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(item.args().get(0)).startsWith("Phân công đảng viên");
        });
        assertThat(linksOf("kiemtra")).doesNotContain(link);
        assertThat(linksOf("dangvien")).doesNotContain(link);

        signIn("bithu");
        findings.complete(overdue.getId(), today, overdue.getVersion());
        assertThat(linksOf("bithu")).doesNotContain(link);
    }
}
