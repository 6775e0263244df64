package vn.chibo.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.PathCopyCheck;
import vn.chibo.support.TreeChanges;

/**
 * A programme's registrations, recognitions and reviewed periods kept per organization ({@code registration_count},
 * {@code self_review_count}, Flyway V49) by triggers in the writer's transaction: equal to counts of the rows after
 * random plain-SQL writes (assessments decided and undone, self-review rows of one registration and period added
 * together and removed, registrations moved between cells) and after moved, merged and split subtrees; and the
 * members' board reads them. Every change rolls back with the test's transaction.
 */
@IntegrationTest
@Transactional
class RegistrationCountTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    TreeChanges treeChanges;
    @Autowired
    PathCopyCheck paths;
    @Autowired
    EntityManager entityManager;

    Map<String, Long> read(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder key = new StringBuilder();
            for (int i = 1; i < columns; i++) {
                key.append(rs.getString(i)).append('/');
            }
            if (rs.getLong(columns) != 0) {
                counts.put(key.toString(), rs.getLong(columns));
            }
        });
        return counts;
    }

    void assertKeptEqualsRaw(String when) {
        entityManager.flush();
        assertThat(read("select programme_id, organization_id, 'r', registered from registration_count")).as(when)
                .isEqualTo(read("select programme_id, organization_id, 'r', count(*) from registration"
                        + " group by programme_id, organization_id"));
        assertThat(read("select programme_id, organization_id, 'a', recognised from registration_count")).as(when)
                .isEqualTo(read("select r.programme_id, r.organization_id, 'a', count(*) from registration r join assessment a"
                        + " on a.registration_id = r.id where a.status = 'DECIDED' and a.decided_recognised = true"
                        + " group by r.programme_id, r.organization_id"));
        assertThat(read("select programme_id, organization_id, review_period, reviewed from self_review_count")).as(when)
                .isEqualTo(read("select r.programme_id, r.organization_id, v.review_period, count(distinct r.id) from"
                        + " self_review v join registration r on r.id = v.registration_id"
                        + " group by r.programme_id, r.organization_id, v.review_period"));
        assertThat(jdbc.sql("select count(*) from registration_count c join organization o on o.id = c.organization_id"
                + " where c.org_path <> o.path").query(Long.class).single()).as(when).isZero();
    }

    <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @Test
    void theDemoAsLoadedIsCounted() {
        assertThat(read("select programme_id, organization_id, 'r', registered from registration_count")).hasSizeGreaterThan(20);
        assertThat(read("select programme_id, organization_id, review_period, reviewed from self_review_count")).isNotEmpty();
        assertKeptEqualsRaw("as loaded");
    }

    @Test
    void randomWritesKeepTheCountsEqualToTheRows() {
        Random random = new Random(20261206);
        List<Long> registrations = demo.ids("select id from registration order by id");
        List<Long> assessed = demo.ids("select registration_id from assessment order by id");
        List<Long> cells = demo.ids("select id from organization where type = 'CELL' and status = 'ACTIVE' order by id");
        // a member's registration may lie in any cell; an organization's is keyed by its organization
        List<Long> members = demo.ids("select id from registration where person_id is not null order by id");
        assertThat(assessed).isNotEmpty();
        for (int i = 0; i < 300; i++) {
            String period = "2026-" + String.format("%02d", 1 + random.nextInt(12));
            switch (random.nextInt(6)) {
                case 0 -> jdbc.sql("update assessment set status = :s, decided_recognised = :d where registration_id = :r")
                        .param("s", random.nextBoolean() ? "DECIDED" : "PROPOSED").param("d", random.nextBoolean())
                        .param("r", pick(random, assessed)).update();
                case 1 -> {
                    // two rows of one registration and period in one statement
                    long registration = pick(random, registrations);
                    jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, reviewed_by, reviewed_at,"
                                    + " version) select cast(:r as bigint), cast(:p as varchar(10)), code, 'kiểm thử', cast(:at as timestamp), 0"
                                    + " from (select 'KT_" + i + "_A' as code union all select 'KT_" + i + "_B') c")
                            .param("r", registration).param("p", period)
                            .param("at", java.sql.Timestamp.from(demo.now())).update();
                }
                case 2 -> jdbc.sql("delete from self_review where id = (select min(id) from self_review where registration_id = :r)")
                        .param("r", pick(random, registrations)).update();
                case 3 -> jdbc.sql("update self_review set review_period = :p, indicator_code = 'KT_" + i + "_M' where id ="
                                + " (select max(id) from self_review where registration_id = :r)")
                        .param("p", period).param("r", pick(random, registrations)).update();
                case 4 -> {
                    long cell = pick(random, cells);
                    jdbc.sql("update registration set organization_id = :o, org_path = :p where id = :id")
                            .param("o", cell).param("p", demo.pathOf(cell)).param("id", pick(random, members)).update();
                }
                default -> jdbc.sql("delete from assessment where registration_id = :r").param("r", pick(random, assessed)).update();
            }
            if (i % 100 == 99) {
                assertKeptEqualsRaw("after " + (i + 1) + " random writes");
            }
        }
    }

    @Test
    void aMovedMergedAndSplitSubtreeLeavesTheCountsRight() {
        TreeChanges.Steps tree = treeChanges.start();
        tree.moveBattalionElsewhere();
        assertKeptEqualsRaw("after a move");
        assertThat(paths.staleRowQueries().keySet()).contains(new PathCopyCheck.Column("registration_count", "org_path"),
                new PathCopyCheck.Column("self_review_count", "org_path"));
        assertThat(paths.staleRows()).isEmpty();

        TreeChanges.Merge merge = tree.mergeTwoCells();
        assertKeptEqualsRaw("after a merge");

        tree.splitACell(merge.into());
        assertKeptEqualsRaw("after a split");
        assertThat(paths.staleRows()).isEmpty();
    }

    @Test
    void theMembersBoardReadsTheKeptCounts() {
        demo.signIn("canbo");
        long programmeId = demo.memberProgramme();
        Programme programme = programmes.get(programmeId);
        String region = demo.pathOf(demo.scopeOf("canbo"));
        ProgrammeService.Summary before = programmes.memberSummary(programme, region);
        assertThat(before.registered()).isPositive();
        long cell = demo.sampleCell();
        // counts kept wrong on purpose show where the board reads from
        jdbc.sql("update registration_count set registered = registered + 1000, recognised = recognised + 100"
                + " where programme_id = :p and organization_id = :o").param("p", programmeId).param("o", cell).update();
        ProgrammeService.Summary after = programmes.memberSummary(programme, region);
        assertThat(after.registered()).isEqualTo(before.registered() + 1000);
        assertThat(after.recognised()).isEqualTo(before.recognised() + 100);
    }
}
