package vn.chibo.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.EmulationOverview.ProgrammeFigures;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The start page's emulation card (this year's programmes in the account's scope) counts members from the kept people
 * counts and probes each registration's review: its figures equal a plain count of the rows (people, subjects,
 * registrations, reviews, assessments) for every account with a scope, before and after members are admitted, a review
 * is written and an assessment decided; and a members' programme's figures equal its board's summary.
 */
@IntegrationTest
@Transactional
class StartPageProgrammeFiguresTest {

    private static final List<String> ACCOUNTS = List.of("canbo", "canbo.sudoan", "bithu", "admin");

    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    @Test
    void theCardsFiguresEqualTheRowsCountedAfterWrites() {
        int compared = compareAll();
        assertThat(compared).as("programmes compared").isGreaterThanOrEqualTo(ACCOUNTS.size());

        long programme = demo.memberProgramme();
        long cell = jdbc.sql("select s.organization_id from programme_subject s where s.programme_id = :p order by s.org_path"
                + " limit 1").param("p", programme).query(Long.class).single();
        // a mass of a subject cell admitted (the kept counts follow the person's row), a member reviewed in the current
        // period, another member's assessment decided recognised
        jdbc.sql("update person set party_status = 'PROBATIONARY' where id = :m").param("m", demo.massIn(cell)).update();
        String period = programmes.currentPeriod(programmes.get(programme));
        long unreviewed = jdbc.sql("select min(s.id) from registration s where s.programme_id = :p and not exists"
                + " (select 1 from self_review r where r.registration_id = s.id and r.review_period = :period)")
                .param("p", programme).param("period", period).query(Long.class).single();
        jdbc.sql("insert into self_review (registration_id, review_period, indicator_code, met, reviewed_by, reviewed_at, version)"
                        + " values (:r, :period, 'TEST', true, 'test', :at, 0)")
                .param("r", unreviewed).param("period", period).param("at", java.sql.Timestamp.from(demo.now())).update();
        long undecided = jdbc.sql("select min(s.id) from registration s where s.programme_id = :p and not exists"
                + " (select 1 from assessment a where a.registration_id = s.id)").param("p", programme).query(Long.class).single();
        long rulebook = jdbc.sql("select rulebook_id from programme where id = :p").param("p", programme).query(Long.class).single();
        jdbc.sql("insert into assessment (registration_id, rulebook_id, status, decided_recognised, updated_at, version)"
                        + " values (:r, :b, 'DECIDED', true, :at, 0)")
                .param("r", undecided).param("b", rulebook).param("at", java.sql.Timestamp.from(demo.now())).update();

        assertThat(compareAll()).isEqualTo(compared);
    }

    private int compareAll() {
        int compared = 0;
        for (String account : ACCOUNTS) {
            ChiboUser user = demo.signIn(account);
            String scope = user.isAdmin() ? "/" : user.scopePath();
            List<ProgrammeFigures> card = programmes.currentYear();
            List<Long> expected = jdbc.sql("select p.id from programme p where p.programme_year = :y order by p.id")
                    .param("y", demo.today().getYear()).query(Long.class).list().stream()
                    .filter(id -> visible(id) && counted(id, scope)[0] > 0).toList();
            assertThat(card).as(account + ": programmes on the card").extracting(ProgrammeFigures::programmeId)
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (ProgrammeFigures figures : card) {
                long[] rows = counted(figures.programmeId(), scope);
                assertThat(new long[] {figures.subjects(), figures.registered(), figures.reviewedThisPeriod(),
                        figures.recognised()}).as(account + ": " + figures.name()).containsExactly(rows);
                Programme programme = programmes.get(figures.programmeId());
                if (programmes.judgesMembers(programme)) {
                    ProgrammeService.Summary summary = programmes.memberSummary(programme, scope);
                    assertThat(new long[] {summary.subjects(), summary.registered(), summary.reviewed(), summary.recognised(),
                            summary.target()}).as(account + ": board summary of " + figures.name())
                            .containsExactly(rows[0], rows[1], rows[2], rows[3], figures.target());
                }
                compared++;
            }
        }
        return compared;
    }

    private boolean visible(long programmeId) {
        try {
            programmes.get(programmeId);
            return true;
        } catch (vn.chibo.shared.web.NotFoundException notSeen) {
            return false;
        }
    }

    /** Subjects (members of the subject cells for a members' model), registered, reviewed this period, recognised. */
    private long[] counted(long programmeId, String scope) {
        Programme programme = programmes.get(programmeId);
        String period = programmes.currentPeriod(programme);
        String like = scope + "%";
        long subjects = programmes.judgesMembers(programme)
                ? jdbc.sql("select count(*) from person m join programme_subject s on s.organization_id = m.organization_id"
                        + " where s.programme_id = :p and s.org_path like :s and m.party_status in ('OFFICIAL', 'PROBATIONARY')")
                .param("p", programmeId).param("s", like).query(Long.class).single()
                : jdbc.sql("select count(*) from programme_subject s where s.programme_id = :p and s.org_path like :s")
                .param("p", programmeId).param("s", like).query(Long.class).single();
        long registered = jdbc.sql("select count(*) from registration s where s.programme_id = :p and s.org_path like :s")
                .param("p", programmeId).param("s", like).query(Long.class).single();
        long reviewed = jdbc.sql("select count(distinct s.id) from registration s join self_review r on r.registration_id = s.id"
                        + " where s.programme_id = :p and s.org_path like :s and r.review_period = :period")
                .param("p", programmeId).param("s", like).param("period", period).query(Long.class).single();
        long recognised = jdbc.sql("select count(*) from registration s join assessment a on a.registration_id = s.id"
                        + " where s.programme_id = :p and s.org_path like :s and a.status = 'DECIDED' and a.decided_recognised")
                .param("p", programmeId).param("s", like).query(Long.class).single();
        return new long[] {subjects, registered, reviewed, recognised};
    }
}
