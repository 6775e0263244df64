package vn.chibo.development.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.support.Accounts;

class DevelopmentAccessTest {

    private static Candidate candidate(long personId, String orgPath) {
        return new Candidate(personId, 3, orgPath, Stage.CANDIDATE, LocalDate.of(2026, 1, 5), null, Instant.EPOCH);
    }

    @Test
    void aCandidateIsReadInTheSubtreeAndByTheCandidate() {
        assertThat(DevelopmentAccess.mayRead(Accounts.secretary(), candidate(99, CELL))).isTrue();
        assertThat(DevelopmentAccess.mayRead(Accounts.secretary(), candidate(99, OTHER_CELL))).isFalse();
        assertThat(DevelopmentAccess.mayRead(Accounts.member(), candidate(MEMBER_PERSON, CELL))).isTrue();
        assertThat(DevelopmentAccess.mayRead(Accounts.member(), candidate(99, CELL))).isFalse();
    }

    @Test
    void theCellsStepsAreRecordedBySecretariesTheCommitteesOnlyByThoseWhoDecideAdmissions() {
        Candidate inCell = candidate(99, CELL);
        assertThat(DevelopmentAccess.mayRecord(Accounts.secretary(), inCell, Stage.CELL_RESOLVED)).isTrue();
        assertThat(DevelopmentAccess.mayRecord(Accounts.secretary(), inCell, Stage.DECIDED)).isFalse();
        assertThat(DevelopmentAccess.mayRecord(Accounts.officer(), inCell, Stage.DECIDED)).isTrue();
        assertThat(DevelopmentAccess.mayRecord(Accounts.admin(), inCell, Stage.OFFICIAL)).isTrue();
        assertThat(DevelopmentAccess.mayRecord(Accounts.inspector(), inCell, Stage.CELL_RESOLVED)).isFalse();
        assertThat(DevelopmentAccess.mayRecord(Accounts.member(), candidate(MEMBER_PERSON, CELL), Stage.CELL_RESOLVED)).isFalse();
        assertThat(DevelopmentAccess.mayRecord(Accounts.officer(), candidate(99, OTHER_CELL), Stage.DECIDED)).isFalse();
    }

    @Test
    void recordsAreOpenedByThoseWhoChangePeopleInTheirSubtree() {
        assertThat(DevelopmentAccess.mayOpen(Accounts.secretary(), CELL)).isTrue();
        assertThat(DevelopmentAccess.mayOpen(Accounts.secretary(), OTHER_CELL)).isFalse();
        assertThat(DevelopmentAccess.mayOpen(Accounts.inspector(), CELL)).isFalse();
        assertThat(DevelopmentAccess.mayOpen(Accounts.member(), CELL)).isFalse();
    }

    @Test
    void theToDosGoToThoseWhoDecideOrToThoseWhoDevelopButDoNotDecide() {
        assertThat(DevelopmentAccess.decidesAdmissionsInScope(Accounts.officer())).isTrue();
        assertThat(DevelopmentAccess.decidesAdmissionsInScope(Accounts.secretary())).isFalse();
        assertThat(DevelopmentAccess.decidesAdmissionsInScope(Accounts.admin())).isFalse();
        assertThat(DevelopmentAccess.watchesCandidateDeadlines(Accounts.secretary())).isTrue();
        assertThat(DevelopmentAccess.watchesCandidateDeadlines(Accounts.officer())).isFalse();
        assertThat(DevelopmentAccess.watchesCandidateDeadlines(Accounts.member())).isFalse();
    }

    @Test
    void membersHaveNoBoard() {
        assertThat(DevelopmentAccess.hasBoard(Accounts.secretary())).isTrue();
        assertThat(DevelopmentAccess.hasBoard(Accounts.officer())).isTrue();
        assertThat(DevelopmentAccess.hasBoard(Accounts.member())).isFalse();
        assertThat(DevelopmentAccess.hasBoard(Accounts.admin())).isFalse();
    }
}
