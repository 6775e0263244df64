package vn.chibo.support;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;

/**
 * The tree changes the kept-count tests make in the demo region, one step at a time, so that each test checks its own
 * figures between them: {@link #start()} signs in as the administrator and picks the sample cell's battalion; then
 * {@link Steps#moveBattalionElsewhere()} moves it out of the division (1 June 2026), {@link Steps#mergeTwoCells()} merges
 * the second active cell of another battalion of the same regiment into the first (1 June 2026) and
 * {@link Steps#splitACell(long)} splits a new cell off a cell (1 July 2026). Each step runs the real
 * {@link OrganizationService} operation in the test's transaction and flushes it.
 */
@Component
public class TreeChanges {

    public static final LocalDate MOVED_ON = LocalDate.of(2026, 6, 1);
    public static final LocalDate MERGED_ON = LocalDate.of(2026, 6, 1);
    public static final LocalDate SPLIT_ON = LocalDate.of(2026, 7, 1);

    private final OrganizationService organizations;
    private final DemoFixture demo;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    public TreeChanges(OrganizationService organizations, DemoFixture demo, JdbcClient jdbc, EntityManager entityManager) {
        this.organizations = organizations;
        this.demo = demo;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The organization's version after the pending changes are written, as an edit form would send it. */
    public long version(long id) {
        entityManager.flush();
        return organizations.get(id).getVersion();
    }

    /** Signs in as the administrator and picks the subtree to change: the sample cell's battalion. */
    public Steps start() {
        demo.signIn("admin");
        return new Steps();
    }

    /** A merge: the cell merged and the cell it was merged into. */
    public record Merge(long from, long into) {
    }

    /** The steps of one test, on the battalion {@link #start()} picked. */
    public final class Steps {

        private final long battalion = organizations.get(demo.sampleCell()).getParentId();
        private final long regiment = organizations.get(battalion).getParentId();
        /** The first active grassroots committee outside the division. */
        private final long elsewhere = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE'"
                + " and status = 'ACTIVE' and path not like :division").param("division", demo.pathOf(demo.division()) + "%")
                .query(Long.class).single();

        private Steps() {
        }

        /** The sample cell's battalion (a partial committee of the division). */
        public long battalion() {
            return battalion;
        }

        /** Moves the battalion under the first active grassroots committee outside the division; returns the battalion. */
        public long moveBattalionElsewhere() {
            organizations.move(battalion, elsewhere, MOVED_ON, version(battalion));
            entityManager.flush();
            return battalion;
        }

        /** Merges the second active child of the regiment's first other active battalion into the first. */
        public Merge mergeTwoCells() {
            long sibling = demo.ids("select id from organization where parent_id = " + regiment
                    + " and type = 'PARTIAL_COMMITTEE' and status = 'ACTIVE' and id <> " + battalion + " order by id").get(0);
            List<Long> under = demo.ids("select id from organization where parent_id = " + sibling
                    + " and status = 'ACTIVE' order by id");
            Merge merge = new Merge(under.get(1), under.get(0));
            organizations.merge(merge.from(), merge.into(), MERGED_ON, "Hợp nhất", version(merge.from()));
            entityManager.flush();
            return merge;
        }

        /** Splits a new cell off the cell, taking the first half of its current people (by id); returns the new cell. */
        public long splitACell(long cell) {
            return split(cell, true);
        }

        /** Splits a new cell off the cell, taking no one; returns the new cell. */
        public long splitACellTakingNoOne(long cell) {
            return split(cell, false);
        }

        private long split(long cell, boolean halfThePeople) {
            OrganizationForm form = new OrganizationForm();
            form.setName("Chi bộ tách mới");
            form.setType(OrganizationType.CELL);
            form.setCategory(organizations.get(cell).getCategory());
            List<Long> people = List.of();
            if (halfThePeople) {
                List<Long> current = demo.ids("select id from person where organization_id = " + cell
                        + " and party_status not in ('STRUCK_OFF', 'DECEASED') order by id");
                people = current.subList(0, current.size() / 2);
            }
            long created = organizations.split(cell, form, List.of(), people, SPLIT_ON, "Chia tách", version(cell)).getId();
            entityManager.flush();
            return created;
        }
    }
}
