package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * Every copied organization path (found from the database's metadata, whichever module owns the
 * table) equals its organization's current path after subtrees are moved, merged and split.
 * The tree changes roll back with each test's transaction.
 */
@IntegrationTest
@Transactional
class PathCopiesFollowTheTreeTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck check;

    @BeforeEach
    void signInAsAdministrator() {
        demo.signIn("admin");
    }

    private long parentOf(long id) {
        return organizations.get(id).getParentId();
    }

    @Test
    void findsTheCopiedPathColumnsOfEveryModuleFromTheDatabase() {
        List<String> columns = check.staleRowQueries().keySet().stream().map(Object::toString).toList();

        assertThat(columns).contains("person.org_path", "meeting.org_path", "mentoring_session.org_path",
                "registration.org_path", "classification_entry.deciding_org_path", "inspection.inspecting_org_path",
                "remediation_action.org_path", "development_candidate.org_path", "award_record.org_path",
                "rulebook.owner_path");
        assertThat(columns).hasSizeGreaterThanOrEqualTo(30).doesNotContain("organization.path", "audit_entry.org_path");
        assertThat(check.staleRows()).as("the demo as loaded").isEmpty();
    }

    @Test
    void theCheckFindsACopyLeftBehind() {
        long meeting = jdbc.sql("select min(id) from meeting").query(Long.class).single();
        jdbc.sql("update meeting set org_path = :p where id = :id")
                .param("p", demo.pathOf(demo.division())).param("id", meeting).update();

        assertThat(check.staleRows()).containsOnlyKeys(new PathCopyCheck.Column("meeting", "org_path"));
    }

    @Test
    void movingABattalionOutOfTheDivisionRewritesEveryCopy() {
        TreeChanges.Steps tree = treeChanges.start();
        long battalion = tree.battalion();
        String oldPath = demo.pathOf(battalion);
        long rowsUnderIt = check.staleRowQueries().keySet().stream()
                .mapToLong(c -> jdbc.sql("select count(*) from " + c.table() + " where " + c.column() + " like :p")
                        .param("p", oldPath + "%").query(Long.class).single())
                .sum();

        // under a grassroots committee outside the division: a regiment of another division or a district's military committee
        tree.moveBattalionElsewhere();

        assertThat(rowsUnderIt).as("copies under the battalion before the move").isGreaterThan(100);
        assertThat(check.staleRows()).isEmpty();
        assertThat(check.pathsOfNoOrganization()).isEmpty();
    }

    @Test
    void mergesAndSplitsMoveTheCopiesOfTheChildrenTheyCarry() {
        long battalion = parentOf(demo.sampleCell());
        long regiment = parentOf(battalion);
        List<Long> siblings = jdbc.sql("select id from organization where parent_id = :r and type = 'PARTIAL_COMMITTEE'"
                        + " and status = 'ACTIVE' and id <> :b order by id")
                .param("r", regiment).param("b", battalion).query(Long.class).list();
        assertThat(siblings).as("other battalions of the regiment").hasSizeGreaterThanOrEqualTo(1);

        organizations.merge(siblings.get(0), battalion, LocalDate.of(2026, 6, 1), "Hợp nhất", treeChanges.version(siblings.get(0)));
        assertThat(check.staleRows()).as("after the merge").isEmpty();

        OrganizationForm form = new OrganizationForm();
        form.setName("Đảng bộ Tiểu đoàn mới");
        form.setType(OrganizationType.PARTIAL_COMMITTEE);
        form.setCategory(organizations.get(battalion).getCategory());
        List<Long> cells = jdbc.sql("select id from organization where parent_id = :b and status = 'ACTIVE' order by id")
                .param("b", battalion).query(Long.class).list();
        organizations.split(battalion, form, cells.subList(0, cells.size() / 2), List.of(), LocalDate.of(2026, 7, 1),
                "Chia tách", treeChanges.version(battalion));

        assertThat(check.staleRows()).as("after the split").isEmpty();
        assertThat(check.pathsOfNoOrganization()).isEmpty();
    }
}
