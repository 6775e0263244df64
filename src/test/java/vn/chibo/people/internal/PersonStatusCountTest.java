package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.NewPerson;
import vn.chibo.people.PersonBulkEntry.NewPersonWithRole;
import vn.chibo.people.PersonDirectory;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.PeopleCountCheck;
import vn.chibo.support.TreeChanges;

/**
 * People counted per organization and party status ({@code person_status_count}, Flyway V42), per subtree (V63) and
 * per name under each root (V66), kept by triggers on {@code person} in the writer's transaction: equal to a count of the rows after random plain-SQL writes, the
 * application's own write paths (forms, status steps, transfers, an import's bulk load) and moved, merged and split
 * subtrees; and the totals the pages show are read from it. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class PersonStatusCountTest {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-06T02:00:00Z"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    PersonDirectory directory;
    @Autowired
    PersonService service;
    @Autowired
    PersonBulkEntry bulk;
    @Autowired
    PersonQuery query;
    @Autowired
    OrganizationService organizations;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck paths;
    @Autowired
    EntityManager entityManager;

    PeopleCountCheck check() {
        return new PeopleCountCheck(jdbc);
    }

    void assertCountsEqualTheRows(String when) {
        entityManager.flush();
        PeopleCountCheck check = check();
        assertThat(check.kept()).as(when).isEqualTo(check.raw());
        assertThat(check.keptSubtrees()).as(when + ": subtrees").isEqualTo(check.rawSubtrees());
        assertThat(check.mismatches()).as(when).isZero();
    }

    <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    long insertPerson(long cell, PartyStatus status, int i) {
        String path = demo.pathOf(cell);
        jdbc.sql("""
                        insert into person (full_name, search_key, sort_key, gender, organization_id, org_path, party_status,
                            version, created_at, updated_at)
                        values (:name, :key, :key, 'MALE', :org, :path, :status, 0, :at, :at)""")
                .param("name", "Lò Văn Đếm " + i).param("key", "lo van dem " + i).param("org", cell).param("path", path)
                .param("status", status.name()).param("at", AT).update();
        return jdbc.sql("select max(id) from person").query(Long.class).single();
    }

    @Test
    void theDemoAsLoadedIsCountedPerOrganizationAndStatus() {
        assertThat(check().raw()).hasSizeGreaterThan(50);
        assertCountsEqualTheRows("as loaded");
    }

    @Test
    void randomInsertsStatusChangesMovesBetweenCellsRenamesAndDeletesKeepTheCountsEqualToTheRows() {
        Random random = new Random(20261206);
        List<Long> cells = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' order by id");
        List<Long> people = demo.ids("select id from person order by id");
        List<Long> inserted = new ArrayList<>();
        PartyStatus[] statuses = PartyStatus.values();
        for (int i = 0; i < 400; i++) {
            switch (random.nextInt(7)) {
                case 0 -> inserted.add(insertPerson(pick(random, cells), statuses[random.nextInt(statuses.length)], i));
                case 1 -> jdbc.sql("update person set party_status = :s where id = :id")
                        .param("s", statuses[random.nextInt(statuses.length)].name()).param("id", pick(random, people)).update();
                case 2 -> {
                    long cell = pick(random, cells);
                    jdbc.sql("update person set organization_id = :o, org_path = :p where id = :id").param("o", cell)
                            .param("p", demo.pathOf(cell)).param("id", pick(random, people)).update();
                }
                case 3 -> {
                    if (!inserted.isEmpty()) {
                        jdbc.sql("delete from person where id = :id").param("id", inserted.remove(random.nextInt(inserted.size())))
                                .update();
                    }
                }
                case 4 -> jdbc.sql("""
                                update person set party_status = case party_status when 'MASS' then 'SYMPATHISER'
                                    when 'SYMPATHISER' then 'MASS' else party_status end where organization_id = :o""")
                        .param("o", pick(random, cells)).update();
                case 5 -> jdbc.sql("""
                                update person set (full_name, search_key, sort_key) = (select n.full_name, n.search_key, n.sort_key
                                    from person n where n.id = :named) where id = :id""")
                        .param("named", pick(random, people)).param("id", pick(random, people)).update();
                default -> jdbc.sql("update person set full_name = full_name where id = :id").param("id", pick(random, people))
                        .update();
            }
            if (i % 100 == 99) {
                assertCountsEqualTheRows("after " + (i + 1) + " random writes");
            }
        }
        assertThat(inserted).isNotEmpty();
    }

    @Test
    void theApplicationsWritePathsKeepTheCounts() {
        demo.signIn("canbo");
        long cell = demo.sampleCell();
        List<NewPersonWithRole> load = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            PartyStatus status = i % 2 == 0 ? PartyStatus.MASS : PartyStatus.SYMPATHISER;
            load.add(new NewPersonWithRole(new NewPerson("Lò Văn Nhập Đếm " + i, LocalDate.of(1998, 3, 4), Gender.MALE, null,
                    null, null, null, null, cell, status, status == PartyStatus.SYMPATHISER ? LocalDate.of(2025, 1, 5) : null,
                    null, null), null, null));
        }
        Map<PartyStatus, Long> before = directory.countByStatus(demo.pathOf(cell));

        List<Long> created = bulk.createAll(load, "kiểm thử số đếm");
        assertCountsEqualTheRows("after an import's bulk load (COPY on PostgreSQL)");
        assertThat(directory.countByStatus(demo.pathOf(cell)).get(PartyStatus.MASS))
                .isEqualTo(before.getOrDefault(PartyStatus.MASS, 0L) + 4);

        directory.changePartyStatus(created.get(0), PartyStatus.SYMPATHISER, demo.today(), "Kiểm thử");
        assertCountsEqualTheRows("after a status step");
        service.transfer(created.get(1), demo.cellOutsideDivision(), demo.today(), "Kiểm thử");
        assertCountsEqualTheRows("after a transfer");
    }

    @Test
    void aMovedMergedAndSplitSubtreeLeavesTheCountsRight() {
        TreeChanges.Steps tree = treeChanges.start();
        long battalion = tree.battalion();
        String oldPath = demo.pathOf(battalion);
        String oldParent = demo.pathOf(organizations.get(battalion).getParentId());
        long peopleUnder = everyone(oldPath);
        long underOldParent = everyone(oldParent);

        tree.moveBattalionElsewhere();
        assertCountsEqualTheRows("after a move");
        assertThat(everyone(oldParent)).isEqualTo(underOldParent - peopleUnder);
        assertThat(everyone(demo.pathOf(battalion))).isEqualTo(peopleUnder).isPositive();
        assertThat(paths.staleRowQueries().keySet()).contains(new PathCopyCheck.Column("person_status_count", "org_path"));
        assertThat(paths.staleRows()).isEmpty();

        TreeChanges.Merge merge = tree.mergeTwoCells();
        assertCountsEqualTheRows("after a merge");

        tree.splitACell(merge.into());
        assertCountsEqualTheRows("after a split");
        assertThat(paths.staleRows()).isEmpty();
    }

    private long everyone(String path) {
        return directory.countByStatus(path).values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void theTotalsArePerOrganizationCountsSummedOverTheSubtree() {
        String division = demo.pathOf(demo.division());
        Map<PartyStatus, Long> raw = new HashMap<>();
        jdbc.sql("select party_status, count(*) from person where org_path like :p group by party_status")
                .param("p", division + "%").query((rs, n) -> raw.put(PartyStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        assertThat(directory.countByStatus(division)).isEqualTo(raw);

        Map<Long, Long> members = new HashMap<>();
        jdbc.sql("select organization_id, count(*) from person where org_path like :p"
                        + " and party_status in ('OFFICIAL', 'PROBATIONARY') group by organization_id")
                .param("p", division + "%").query((rs, n) -> members.put(rs.getLong(1), rs.getLong(2))).list();
        assertThat(directory.countMembersByOrganization(division)).isEqualTo(members);

        Map<Long, Long> massesByChild = new HashMap<>();
        for (long child : demo.ids("select id from organization where parent_id = " + demo.division())) {
            long masses = jdbc.sql("select count(*) from person where org_path like :p and party_status in ('MASS', 'SYMPATHISER')")
                    .param("p", demo.pathOf(child) + "%").query(Long.class).single();
            if (masses > 0) {
                massesByChild.put(child, masses);
            }
        }
        assertThat(directory.countUnderChildren(division, EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER)))
                .isEqualTo(massesByChild).isNotEmpty();
    }

    @Test
    void thePagesTotalsComeFromTheCountsAndASearchStillCountsRows() {
        demo.signIn("canbo.sudoan");
        long cell = demo.sampleCell();
        String path = demo.pathOf(cell);
        long current = jdbc.sql("select count(*) from person where org_path like :p and party_status not in ('STRUCK_OFF', 'DECEASED')")
                .param("p", path + "%").query(Long.class).single();
        assertThat(query.search(new PersonFilter(null, "", cell, null, 0, 25)).total()).isEqualTo(current);

        // a count kept wrong on purpose shows where each total is read from
        jdbc.sql("update person_subtree_count set people = people + 1000 where organization_id = :o and party_status = 'MASS'")
                .param("o", cell).update();
        assertThat(query.search(new PersonFilter(null, "", cell, null, 0, 25)).total()).isEqualTo(current + 1000);
        assertThat(query.search(new PersonFilter(null, "MASSES", cell, null, 0, 25)).total()).isGreaterThan(1000);
        assertThat(directory.countByStatus(path).get(PartyStatus.MASS)).isGreaterThan(1000);
        assertThat(directory.countUnderChildren(demo.pathOf(organizations.get(cell).getParentId()), EnumSet.of(PartyStatus.MASS))
                .get(cell)).isGreaterThan(1000);
        String someone = jdbc.sql("select min(full_name) from person where organization_id = :o").param("o", cell)
                .query(String.class).single();
        long matching = query.search(new PersonFilter(someone, "ALL", cell, null, 0, 25)).total();
        assertThat(matching).as("a search counts the matching rows").isBetween(1L, 25L);
    }
}
