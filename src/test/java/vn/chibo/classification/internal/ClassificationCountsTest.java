package vn.chibo.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The kept group counts (Flyway V43) answer exactly what a count of the entries answers: figures, group lines and
 * totals, for every organization of the demo as the subtree, after decisions, removals and a moved subtree whose
 * subjects are then no longer under their deciding organization. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class ClassificationCountsTest {

    @Autowired
    ClassificationCounts counts;
    @Autowired
    ClassificationRoundRepository rounds;
    @Autowired
    OrganizationService organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theKeptCountsEqualACountOfTheEntriesForEverySubtreeOfEveryRound() {
        assertThat(rounds.findAll()).isNotEmpty();
        everySubtreeAgrees();
    }

    @Test
    void afterDecisionsRemovalsAndAMovedSubtreeTheCountsStillEqualTheEntries() {
        Random random = new Random(43L);
        List<Long> ids = jdbc.sql("select id from classification_entry order by id").query(Long.class).list();
        String[] statuses = {"PENDING", "SELF_CLASSIFIED", "PROPOSED", "DECIDED"};
        String[] grades = {null, "EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"};
        for (int i = 0; i < 60; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            jdbc.sql("update classification_entry set status = :s, decided_grade = :g where id = :id")
                    .param("s", statuses[random.nextInt(statuses.length)]).param("g", grades[random.nextInt(grades.length)])
                    .param("id", id).update();
        }
        for (int i = 0; i < 5; i++) {
            jdbc.sql("delete from classification_entry where id = :id").param("id", ids.get(random.nextInt(ids.size()))).update();
        }
        UserDetails officer = demo.user("canbo");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        long battalion = demo.sampleBattalion();
        long target = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d")
                .param("d", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        organizations.move(battalion, target, demo.today(), demo.version("organization", battalion));

        assertThat(jdbc.sql("select count(*) from classification_entry where not (org_path like deciding_org_path || '%')")
                .query(Long.class).single()).as("subjects moved away from their deciding organization").isPositive();
        everySubtreeAgrees();
    }

    private void everySubtreeAgrees() {
        // every committee, the sample cell (moved in the second test) and one cell in five
        List<String> paths = jdbc.sql("select path from organization where type <> 'CELL' or id = :cell or mod(id, 5) = 0"
                + " order by path").param("cell", demo.sampleCell()).query(String.class).list();
        for (ClassificationRound round : rounds.findAll()) {
            for (String path : paths) {
                String what = round.getName() + " under " + path;
                assertThat(figures(counts.under(round, path, null))).as("figures of " + what).isEqualTo(rawFigures(round, path));
                assertThat(counts.total(round, path, "subject_kind = ? and status = ?", "MEMBER", "DECIDED"))
                        .as("decided members of " + what).isEqualTo(rawTotal(round, path));
                ClassificationCounts.Groups groups = counts.groups(round, path, null, 0, 100_000);
                assertThat(lines(groups.lines())).as("groups of " + what).isEqualTo(rawGroups(round, path));
                assertThat(groups.total()).as("group count of " + what).isEqualTo(groups.lines().size());
                Map<String, Map<String, Long>> byChild = new TreeMap<>();
                counts.byChild(round, path).forEach((child, rows) -> {
                    Map<String, Long> folded = figures(rows);
                    if (!folded.isEmpty()) {
                        byChild.put(child, folded);
                    }
                });
                assertThat(byChild).as("figures per child of " + what).isEqualTo(rawByChild(round, path));
            }
            String region = demo.pathOf(demo.scopeOf("canbo"));
            String division = demo.pathOf(demo.division());
            assertThat(lines(counts.groups(round, region, division, 0, 100_000).lines()))
                    .as(round.getName() + ": groups decided inside the division")
                    .isEqualTo(rawGroups(round, region).stream().filter(g -> g.startsWith(division)).toList());
            assertThat(counts.groups(round, region, null, 1, 3).lines()).as("page 2 of 3 groups")
                    .hasSize((int) Math.min(3, Math.max(0, rawGroups(round, region).size() - 3)));
        }
    }

    private static Map<String, Long> figures(List<ClassificationCounts.Count> rows) {
        Map<String, Long> folded = new TreeMap<>();
        rows.forEach(c -> folded.merge(c.kind() + ":" + c.status() + ":" + c.grade(), c.entries(), Long::sum));
        folded.values().removeIf(n -> n == 0);
        return folded;
    }

    private static String under(ClassificationRound round, String path) {
        return round.getOrgPath().startsWith(path) ? "" : " and org_path like '" + path + "%'";
    }

    private Map<String, Long> rawFigures(ClassificationRound round, String path) {
        Map<String, Long> raw = new TreeMap<>();
        jdbc.sql("select subject_kind, status, coalesce(decided_grade, ''), count(*) from classification_entry"
                        + " where round_id = :r" + under(round, path) + " group by subject_kind, status, decided_grade")
                .param("r", round.getId())
                .query((rs, n) -> raw.merge(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3), rs.getLong(4), Long::sum))
                .list();
        return raw;
    }

    /** The entries under each direct sub-organization of {@code path}, and directly at it, counted one by one. */
    private Map<String, Map<String, Long>> rawByChild(ClassificationRound round, String path) {
        Map<String, Map<String, Long>> raw = new TreeMap<>();
        jdbc.sql("select org_path, subject_kind, status, coalesce(decided_grade, ''), count(*) from classification_entry"
                        + " where round_id = :r and org_path like :p group by org_path, subject_kind, status, decided_grade")
                .param("r", round.getId()).param("p", path + "%")
                .query((rs, n) -> raw.computeIfAbsent(RoundUnits.childOf(path, rs.getString(1)), c -> new TreeMap<>())
                        .merge(rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getString(4), rs.getLong(5), Long::sum))
                .list();
        return raw;
    }

    private long rawTotal(ClassificationRound round, String path) {
        return jdbc.sql("select count(*) from classification_entry where round_id = :r" + under(round, path)
                + " and subject_kind = 'MEMBER' and status = 'DECIDED'").param("r", round.getId()).query(Long.class).single();
    }

    /** The group list as the round page computed it before the counts: every line's path, group and six counts. */
    private List<String> rawGroups(ClassificationRound round, String path) {
        return jdbc.sql("select deciding_org_path, quota_group, deciding_org_id, count(*),"
                        + " sum(case when status = 'SELF_CLASSIFIED' then 1 else 0 end),"
                        + " sum(case when status = 'PROPOSED' then 1 else 0 end),"
                        + " sum(case when status = 'DECIDED' then 1 else 0 end),"
                        + " sum(case when decided_grade = 'EXCELLENT' then 1 else 0 end),"
                        + " sum(case when decided_grade = 'GOOD' then 1 else 0 end)"
                        + " from classification_entry where round_id = :r" + under(round, path)
                        + " group by deciding_org_path, quota_group, deciding_org_id order by deciding_org_path, quota_group")
                .param("r", round.getId())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + "/"
                        + rs.getLong(5) + "/" + rs.getLong(6) + "/" + rs.getLong(7) + "/" + rs.getLong(8) + "/" + rs.getLong(9))
                .list();
    }

    private static List<String> lines(List<ClassificationCounts.GroupCount> groups) {
        List<String> lines = new ArrayList<>();
        for (ClassificationCounts.GroupCount g : groups) {
            long[] c = g.counts();
            lines.add(g.decidingPath() + " " + g.quotaGroup() + " " + g.decidingOrgId() + " " + c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3]
                    + "/" + c[4] + "/" + c[5]);
        }
        return lines;
    }
}
