package vn.chibo.inspection.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.support.DemoConsistency;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The demo inspections follow the module's rules and fill the worklist, the cell's view and the board on first run. */
@IntegrationTest
@Transactional
class DemoInspectionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    InspectionQuery query;
    @Autowired
    OrganizationDirectory organizations;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void theDivisionAndItsRegimentsHaveAPlanEachYearAndFindingsInEveryState() {
        int year = demo.today().getYear();
        assertThat(count("select count(*) from inspection_plan p join organization o on o.id = p.organization_id"
                + " where o.name like 'Đảng bộ Sư đoàn%' and p.created_by = 'system'")).isEqualTo(3L);
        assertThat(count("select count(*) from inspection_plan p join organization o on o.id = p.organization_id"
                + " where o.name like 'Đảng bộ Trung đoàn%' and p.created_by = 'system'")).isEqualTo(9L);
        assertThat(count("select count(distinct plan_year) from inspection_plan where plan_year between " + (year - 2) + " and " + year))
                .isEqualTo(3L);
        for (String status : List.of("NOTED", "OPEN", "HANDLED", "CLOSED")) {
            assertThat(count("select count(*) from inspection_finding where created_by = 'system' and status = '" + status + "'"))
                    .as(status).isPositive();
        }
        assertThat(count("select count(*) from inspection_finding where created_by = 'system' and finding_type = 'STRENGTH'"))
                .isGreaterThan(count("select count(*) from inspection_finding where created_by = 'system' and finding_type <> 'STRENGTH'"));
        assertThat(count("select count(*) from inspection_finding where created_by = 'system' and finding_type = 'VIOLATION'"))
                .isLessThan(count("select count(*) from inspection_finding where created_by = 'system' and finding_type = 'SHORTCOMING'"));
        assertThat(count("select count(*) from remediation_action where created_by = 'system' and verification = 'INEFFECTIVE'"))
                .isPositive();
        assertThat(count("select count(*) from remediation_action where created_by = 'system' and completed_on is null"
                + " and verification is null and due_on < '" + demo.today() + "'")).as("overdue").isPositive();
        assertThat(count("select count(*) from inspection where created_by = 'system' and status = 'NOTIFIED'"
                + " and notice_number is not null and notice_sent_on is not null")).isPositive();
        assertThat(count("select count(*) from inspection where created_by = 'system' and subject_kind = 'PERSON'")).isPositive();
    }

    @Test
    void generatedFindingsKeepTheRemediationRules() {
        DemoConsistency.assertNoProblems(new DemoConsistency(jdbc, demo.today()).inspection());
        assertThat(count("select count(*) from inspection_finding where created_by = 'system' and subject_org_id = "
                + demo.sampleCell() + " and criterion_code in ('C2.3', 'C3.1')")).isZero();
    }

    @Test
    void theInspectorsWorklistTheCellsViewAndTheBoardArePopulated() {
        signIn("kiemtra");
        InspectionQuery.Worklist worklist = query.worklist();
        assertThat(worklist.awaitingVerification().total()).isPositive();
        assertThat(worklist.overdue().total()).isPositive();
        assertThat(query.board(organizations.requireVisible(demo.division()), demo.today().getYear()))
                .anySatisfy(row -> assertThat(row.planned()).isPositive())
                .anySatisfy(row -> assertThat(row.openFindings()).isPositive());
        signIn("bithu");
        assertThat(query.subjectFindings(null, true, 0).total()).isGreaterThanOrEqualTo(2L);
        assertThat(query.subjectInspections(0).total()).isPositive();
    }
}
