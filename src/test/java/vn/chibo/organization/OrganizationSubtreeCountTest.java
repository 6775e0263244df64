package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.TreeChanges;

/**
 * The active organizations of every subtree by type and founding month ({@code organization_subtree_count}, Flyway
 * V65), kept by a trigger on {@code organization} in the writer's transaction: equal to a count of the rows along their
 * parent links after the application's tree changes (creations, bulk loads, edits, moves, merges, splits,
 * dissolutions) and plain-SQL writes; and the start page's organizations by type are read from it. Every change rolls
 * back with the test's transaction.
 */
@IntegrationTest
@Transactional
class OrganizationSubtreeCountTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationBulkEntry bulk;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TreeChanges treeChanges;

    @BeforeEach
    void signIn() {
        demo.signIn("admin");
    }

    /** "organization type yyyy-MM-01" → active organizations, counted in Java from each row up its parent links. */
    private Map<String, Long> raw() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from organization").query((rs, n) -> parents.put(rs.getLong(1),
                rs.getObject(2) == null ? null : rs.getLong(2))).list();
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select id, type, valid_from from organization where status = 'ACTIVE'").query((rs, n) -> {
            String counted = " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class).withDayOfMonth(1);
            for (Long at = rs.getLong(1); at != null; at = parents.get(at)) {
                counts.merge(at + counted, 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    private Map<String, Long> kept() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select organization_id, type, founded_month, organizations from organization_subtree_count"
                        + " where organizations <> 0")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class),
                        rs.getLong(4))).list();
        return counts;
    }

    private void assertCountsEqualTheRows(String when) {
        entityManager.flush();
        assertThat(kept()).as(when).isEqualTo(raw());
    }

    @Test
    void theDemoTreeIsCountedAsItsRows() {
        assertCountsEqualTheRows("the demo's tree, counted as it was loaded");
    }

    @Test
    void theTreeChangesKeepTheCounts() {
        TreeChanges.Steps tree = treeChanges.start();
        tree.moveBattalionElsewhere();
        assertCountsEqualTheRows("after a move");
        TreeChanges.Merge merge = tree.mergeTwoCells();
        assertCountsEqualTheRows("after a merge");
        tree.splitACell(merge.into());
        assertCountsEqualTheRows("after a split");

        long battalion = tree.battalion();
        OrganizationForm form = new OrganizationForm();
        form.setName("Chi bộ Đại đội mới lập");
        form.setType(OrganizationType.CELL);
        form.setCategory(organizations.get(demo.sampleCell()).getCategory());
        form.setParentId(battalion);
        form.setValidFrom(LocalDate.of(2025, 3, 17));
        long created = organizations.create(form).getId();
        assertCountsEqualTheRows("after a creation");

        OrganizationForm edit = OrganizationForm.of(organizations.get(created));
        edit.setValidFrom(LocalDate.of(2024, 11, 2));
        organizations.update(created, edit);
        assertCountsEqualTheRows("after its founding day changed");

        organizations.dissolve(created, demo.today(), "Kiểm thử", treeChanges.version(created));
        assertCountsEqualTheRows("after a dissolution");
    }

    @Test
    void aBulkLoadAndPlainSqlWritesKeepTheCounts() {
        long battalion = organizations.get(demo.sampleCell()).getParentId();
        OrganizationCategory category = organizations.get(demo.sampleCell()).getCategory();
        List<OrganizationBulkEntry.NewOrganizationIn> load = List.of(
                new OrganizationBulkEntry.NewOrganizationIn(new OrganizationBulkEntry.NewOrganization("Chi bộ nạp 1", null,
                        null, OrganizationType.CELL, category, battalion, LocalDate.of(2026, 2, 3)), -1),
                new OrganizationBulkEntry.NewOrganizationIn(new OrganizationBulkEntry.NewOrganization("Chi bộ nạp 2", null,
                        null, OrganizationType.CELL, category, battalion, LocalDate.of(2026, 4, 30)), -1));
        bulk.createAll(load, "kiểm thử số đếm");
        assertCountsEqualTheRows("after a bulk load");

        Random random = new Random(65);
        List<Long> cells = demo.ids("select id from organization where type = 'CELL' order by id");
        for (int i = 0; i < 20; i++) {
            long cell = cells.get(random.nextInt(cells.size()));
            switch (random.nextInt(3)) {
                case 0 -> jdbc.sql("update organization set status = case when status = 'ACTIVE' then 'DISSOLVED' else 'ACTIVE' end"
                        + " where id = :id").param("id", cell).update();
                case 1 -> jdbc.sql("update organization set valid_from = valid_from - 40 where id = :id").param("id", cell).update();
                default -> jdbc.sql("update organization set name = name || ' ' where id = :id").param("id", cell).update();
            }
        }
        jdbc.sql("update organization set valid_from = valid_from + 1 where parent_id = :p").param("p", battalion).update();
        assertCountsEqualTheRows("after plain-SQL writes, one of several rows");
    }

    @Test
    void theOrganizationsByTypeAreReadFromTheCounts() {
        String division = demo.pathOf(demo.division());
        Map<OrganizationType, Long> raw = new HashMap<>();
        jdbc.sql("select type, count(*) from organization where status = 'ACTIVE' and path like :p group by type")
                .param("p", division + "%").query((rs, n) -> raw.put(OrganizationType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        assertThat(organizations.countActiveByType(division)).isEqualTo(raw).containsKey(OrganizationType.CELL);
        Map<OrganizationType, Long> everywhere = new HashMap<>();
        jdbc.sql("select type, count(*) from organization where status = 'ACTIVE' group by type")
                .query((rs, n) -> everywhere.put(OrganizationType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        assertThat(organizations.countActiveByType(null)).isEqualTo(everywhere);

        // a count kept wrong on purpose shows where the figure is read from
        jdbc.sql("update organization_subtree_count set organizations = organizations + 1000 where organization_id = :o"
                + " and type = 'CELL' and founded_month = (select min(founded_month) from organization_subtree_count"
                + " where organization_id = :o and type = 'CELL')").param("o", demo.division()).update();
        assertThat(organizations.countActiveByType(division).get(OrganizationType.CELL))
                .isEqualTo(raw.get(OrganizationType.CELL) + 1000);
    }

    @Test
    void theLargeUnitsAreThoseWhoseSubtreeHoldsEnoughActiveOrganizations() {
        for (long enough : List.of(1L, 10L, 50L, 1_000_000L)) {
            List<Long> counted = jdbc.sql("select o.id from organization o where o.status = 'ACTIVE' and (select count(*)"
                            + " from organization s where s.status = 'ACTIVE' and s.path like o.path || '%') >= :n order by o.path")
                    .param("n", enough).query(Long.class).list();
            assertThat(organizations.activeWithSubtreeOfAtLeast(enough)).as("at least %d", enough)
                    .extracting(OrganizationRef::id).isEqualTo(counted);
        }
        assertThat(organizations.activeWithSubtreeOfAtLeast(5)).as("the demo's larger units")
                .extracting(OrganizationRef::id).contains(demo.division()).doesNotContain(demo.sampleCell());

        // a count kept wrong on purpose shows where the sizes are read from
        jdbc.sql("update organization_subtree_count set organizations = organizations + 1000 where organization_id = :c")
                .param("c", demo.sampleCell()).update();
        assertThat(organizations.activeWithSubtreeOfAtLeast(1000)).extracting(OrganizationRef::id).contains(demo.sampleCell());
        jdbc.sql("update organization_subtree_count set organizations = organizations - 1000 where organization_id = :c")
                .param("c", demo.sampleCell()).update();

        long region = demo.scopeOf("canbo");
        jdbc.sql("update organization set status = 'DISSOLVED' where path like :p and id <> :region")
                .param("p", demo.pathOf(region) + "%").param("region", region).update();
        assertThat(organizations.activeWithSubtreeOfAtLeast(2)).as("a unit whose subtree was dissolved")
                .extracting(OrganizationRef::id).doesNotContain(region, demo.division());
    }
}
