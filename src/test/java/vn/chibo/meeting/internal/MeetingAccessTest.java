package vn.chibo.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.DIVISION;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;
import vn.chibo.support.Accounts;

class MeetingAccessTest {

    private static Meeting meeting(long id, long organizationId, String orgPath, Long minuteTakerId) {
        Meeting meeting = mock(Meeting.class);
        when(meeting.id()).thenReturn(id);
        when(meeting.organizationId()).thenReturn(organizationId);
        when(meeting.orgPath()).thenReturn(orgPath);
        when(meeting.minuteTakerId()).thenReturn(minuteTakerId);
        return meeting;
    }

    @Test
    void meetingsAreRunByAdministratorsOfficersAndSecretariesWhoseScopeHoldsThem() {
        assertThat(MeetingAccess.mayManage(Accounts.admin(), OTHER_CELL)).isTrue();
        assertThat(MeetingAccess.mayManage(Accounts.officer(), CELL)).isTrue();
        assertThat(MeetingAccess.mayManage(Accounts.secretary(), CELL)).isTrue();
        assertThat(MeetingAccess.mayManage(Accounts.secretary(), OTHER_CELL)).isFalse();
        assertThat(MeetingAccess.mayManage(Accounts.secretary(), DIVISION)).isFalse();
        assertThat(MeetingAccess.mayManage(Accounts.inspector(), CELL)).isFalse();
        assertThat(MeetingAccess.mayManage(Accounts.member(), CELL)).isFalse();
    }

    @Test
    void theMinuteTakerRecordsTheMeetingLiveBesidesThoseWhoRunIt() {
        assertThat(MeetingAccess.mayRecord(Accounts.member(), meeting(1, 3, CELL, MEMBER_PERSON))).isTrue();
        assertThat(MeetingAccess.mayRecord(Accounts.member(), meeting(1, 3, CELL, 99L))).isFalse();
        assertThat(MeetingAccess.mayRecord(Accounts.secretary(), meeting(1, 3, CELL, null))).isTrue();
        assertThat(MeetingAccess.mayRecord(Accounts.inspector(), meeting(1, 3, CELL, null))).isFalse();
    }

    @Test
    void closedMinutesAreReopenedAndSupervisorsAssignedByThoseWhoOverseeMeetings() {
        assertThat(MeetingAccess.mayReopenMinutes(Accounts.officer())).isTrue();
        assertThat(MeetingAccess.mayReopenMinutes(Accounts.secretary())).isFalse();
        assertThat(MeetingAccess.mayAssignSupervisors(Accounts.officer(), CELL)).isTrue();
        assertThat(MeetingAccess.mayAssignSupervisors(Accounts.officer(), OTHER_CELL)).isFalse();
        assertThat(MeetingAccess.mayAssignSupervisors(Accounts.admin(), OTHER_CELL)).isTrue();
        assertThat(MeetingAccess.mayAssignSupervisors(Accounts.secretary(), CELL)).isFalse();
    }

    @Test
    void everybodyButMembersReadsTheOverviewAndTheMenuOpensWhereEachRoleWorks() {
        assertThat(MeetingAccess.mayReadOverview(Accounts.inspector())).isTrue();
        assertThat(MeetingAccess.mayReadOverview(Accounts.secretary())).isTrue();
        assertThat(MeetingAccess.mayReadOverview(Accounts.member())).isFalse();
        assertThat(MeetingAccess.startsOnOverview(Accounts.officer())).isTrue();
        assertThat(MeetingAccess.startsOnOverview(Accounts.inspector())).isTrue();
        assertThat(MeetingAccess.startsOnOverview(Accounts.secretary())).isFalse();
        assertThat(MeetingAccess.startsOnOwnCalendar(Accounts.secretary())).isTrue();
        assertThat(MeetingAccess.startsOnOwnCalendar(Accounts.member())).isFalse();
    }

    @Test
    void theToDosGoToThoseWhoRunOneOrganizationsMeetingsAndToOfficersForLateCells() {
        assertThat(MeetingAccess.runsOwnMeetings(Accounts.secretary())).isTrue();
        assertThat(MeetingAccess.runsOwnMeetings(Accounts.admin())).isFalse();
        assertThat(MeetingAccess.runsOwnMeetings(Accounts.inspector())).isFalse();
        assertThat(MeetingAccess.watchesLateCells(Accounts.officer())).isTrue();
        assertThat(MeetingAccess.watchesLateCells(Accounts.secretary())).isFalse();
        assertThat(MeetingAccess.watchesLateCells(Accounts.account(Role.OFFICER, 2L, "not-a-path", null))).isFalse();
    }

    @Test
    void aMeetingOutsideTheScopeIsReadByThoseInvitedAndByMembersOfItsOwnCellOnly() {
        MeetingStore store = mock(MeetingStore.class);
        PersonDirectory people = mock(PersonDirectory.class);
        MeetingAccess access = new MeetingAccess(store, mock(OrganizationDirectory.class), people);
        ChiboUser member = Accounts.member();
        ChiboUser guest = Accounts.account(Role.MEMBER, 5L, OTHER_CELL, 40L);
        when(people.find(MEMBER_PERSON)).thenReturn(Optional.of(new PersonRef(MEMBER_PERSON, "A", 3, CELL, PartyStatus.OFFICIAL)));
        when(people.find(40L)).thenReturn(Optional.of(new PersonRef(40L, "B", 5, OTHER_CELL, PartyStatus.OFFICIAL)));
        when(store.isAttendee(1, 40L)).thenReturn(true);

        assertThat(access.mayRead(member, meeting(1, 3, CELL, null))).isTrue();
        assertThat(access.mayRead(member, meeting(2, 5, OTHER_CELL, null))).isFalse();
        assertThat(access.mayRead(guest, meeting(1, 3, CELL, null))).isTrue();
        assertThat(access.mayRead(guest, meeting(3, 3, CELL, null))).isFalse();
        assertThat(access.mayRead(Accounts.officer(), meeting(4, 3, CELL, null))).isTrue();
        assertThat(access.mayRead(Accounts.officer(), meeting(5, 5, OTHER_CELL, null))).isFalse();
    }
}
