package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.support.Accounts;

class MentoringAccessTest {

    private static MentoringGroup group(String orgPath, long mentorPersonId) {
        return new MentoringGroup(3, orgPath, mentorPersonId, "Tổ 1", LocalDate.of(2026, 1, 5), Instant.EPOCH);
    }

    @Test
    void aGroupIsReadInTheSubtreeAndByItsMentorWherever() {
        assertThat(MentoringAccess.mayRead(Accounts.officer(), group(CELL, 99))).isTrue();
        assertThat(MentoringAccess.mayRead(Accounts.officer(), group(OTHER_CELL, 99))).isFalse();
        assertThat(MentoringAccess.mayRead(Accounts.member(), group(OTHER_CELL, MEMBER_PERSON))).isTrue();
        assertThat(MentoringAccess.mayRead(Accounts.member(), group(CELL, 99))).isFalse();
    }

    @Test
    void mentoringIsManagedByAdministratorsOfficersAndSecretariesInTheirSubtree() {
        assertThat(MentoringAccess.mayManage(Accounts.admin(), OTHER_CELL)).isTrue();
        assertThat(MentoringAccess.mayManage(Accounts.officer(), CELL)).isTrue();
        assertThat(MentoringAccess.mayManage(Accounts.secretary(), CELL)).isTrue();
        assertThat(MentoringAccess.mayManage(Accounts.secretary(), OTHER_CELL)).isFalse();
        assertThat(MentoringAccess.mayManage(Accounts.inspector(), CELL)).isFalse();
        assertThat(MentoringAccess.mayManage(Accounts.member(), CELL)).isFalse();
    }

    @Test
    void sessionsAreRecordedByTheMentorOrWhoeverManagesTheGroupsOrganization() {
        assertThat(MentoringAccess.mayRecord(Accounts.member(), group(OTHER_CELL, MEMBER_PERSON))).isTrue();
        assertThat(MentoringAccess.mayRecord(Accounts.member(), group(CELL, 99))).isFalse();
        assertThat(MentoringAccess.mayRecord(Accounts.secretary(), group(CELL, 99))).isTrue();
        assertThat(MentoringAccess.mayRecord(Accounts.inspector(), group(CELL, 99))).isFalse();
        assertThat(MentoringAccess.isMentorOf(Accounts.member(), group(CELL, MEMBER_PERSON))).isTrue();
        assertThat(MentoringAccess.isMentorOf(Accounts.secretary(), group(CELL, MEMBER_PERSON))).isFalse();
    }

    @Test
    void membersSeeTheirMenteesInsteadOfABoardAndSecretariesGetTheCellsToDo() {
        assertThat(MentoringAccess.hasBoard(Accounts.member())).isFalse();
        assertThat(MentoringAccess.hasBoard(Accounts.secretary())).isTrue();
        assertThat(MentoringAccess.watchesCellGroups(Accounts.secretary())).isTrue();
        assertThat(MentoringAccess.watchesCellGroups(Accounts.officer())).isFalse();
    }
}
