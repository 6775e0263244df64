package vn.chibo.meeting.internal;

import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Who reads, runs and records a meeting: it is read by whoever may see its organization, by the organization's own
 * members and by those invited; it is run by the organization's secretary, the officers above it and administrators,
 * and recorded live also by its minute-taker; closed minutes are reopened by those who oversee meetings (and run
 * them). Committee members are assigned to supervise a cell's meetings by those who oversee meetings in scope; the
 * subtree's overview is read by everybody but members. The static rules take the account; the instance methods
 * read what they need (attendance, the member's own cell) for the signed-in one.
 */
@Component
public class MeetingAccess {

    private final MeetingStore store;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;

    MeetingAccess(MeetingStore store, OrganizationDirectory organizations, PersonDirectory people) {
        this.store = store;
        this.organizations = organizations;
        this.people = people;
    }

    /** The member's own organization (a party member's cell), if the account is bound to a party member. */
    Long ownOrganization(ChiboUser user) {
        if (user.personId() == null) {
            return null;
        }
        return people.find(user.personId()).filter(p -> p.partyStatus().isMember()).map(PersonRef::organizationId).orElse(null);
    }

    boolean mayRead(ChiboUser user, Meeting meeting) {
        if (user.canSee(meeting.orgPath())) {
            return true;
        }
        if (user.personId() == null) {
            return false;
        }
        return store.isAttendee(meeting.id(), user.personId()) || Objects.equals(ownOrganization(user), meeting.organizationId());
    }

    /** Plans and runs meetings of the organization with this path: administrators, officers and secretaries whose scope holds it. */
    public static boolean mayManage(ChiboUser user, String orgPath) {
        return user.may(Permission.RUN_MEETINGS) && (user.isAdmin() || user.canSee(orgPath));
    }

    /** Records the meeting live: those who manage it, and its minute-taker. */
    public static boolean mayRecord(ChiboUser user, Meeting meeting) {
        return mayManage(user, meeting.orgPath()) || (user.personId() != null && user.personId().equals(meeting.minuteTakerId()));
    }

    /** Reopens closed minutes to correct them (besides managing the meeting): administrators and officers. */
    public static boolean mayReopenMinutes(ChiboUser user) {
        return user.may(Permission.OVERSEE_MEETINGS);
    }

    /** Assigns committee members to supervise the meetings of the organization with this path. */
    public static boolean mayAssignSupervisors(ChiboUser user, String orgPath) {
        return user.may(Permission.OVERSEE_MEETINGS) && (user.isAdmin() || user.canSee(orgPath));
    }

    /** The meeting overview of a subtree: everybody but members. */
    public static boolean mayReadOverview(ChiboUser user) {
        return user.role() != Role.MEMBER;
    }

    /** The meetings menu opens on the subtree's overview for those who read subtree boards. */
    public static boolean startsOnOverview(ChiboUser user) {
        return user.may(Permission.READ_SUBTREE_BOARDS);
    }

    /** ... and on the own organization's calendar for a secretary. */
    public static boolean startsOnOwnCalendar(ChiboUser user) {
        return user.role() == Role.SECRETARY && user.scopeOrganizationId() != null;
    }

    /** Meetings to plan and minutes to finish are the to-do of those who run one organization's meetings (not administrators). */
    static boolean runsOwnMeetings(ChiboUser user) {
        return !user.isAdmin() && user.may(Permission.RUN_MEETINGS) && user.scopeOrganizationId() != null;
    }

    /** Cells that held no meeting last month are the to-do of the officers above them. */
    static boolean watchesLateCells(ChiboUser user) {
        return user.role() == Role.OFFICER && user.scopeOrganizationId() != null && Subtree.isPath(user.scopePath());
    }

    boolean mayManage(OrganizationRef organization) {
        return mayManage(CurrentUser.get(), organization.path());
    }

    boolean mayManage(Meeting meeting) {
        return mayManage(CurrentUser.get(), meeting.orgPath());
    }

    boolean mayRecord(Meeting meeting) {
        return mayRecord(CurrentUser.get(), meeting);
    }

    /** An organization whose meetings the account may read: in scope, or the member's own. */
    OrganizationRef readableOrganization(long organizationId) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.find(organizationId).orElseThrow(() -> new NotFoundException("Organization", organizationId));
        if (user.canSee(organization.path()) || Objects.equals(ownOrganization(user), organizationId)) {
            return organization;
        }
        throw new NotFoundException("Organization", organizationId);
    }

    Meeting get(long id) {
        ChiboUser user = CurrentUser.get();
        return store.find(id).filter(m -> mayRead(user, m)).orElseThrow(() -> new NotFoundException(MeetingService.ENTITY, id));
    }

    /** The meeting, locked, for live entries: by those who record it, while it may still be edited. */
    Meeting forRecording(long id) {
        Meeting meeting = get(id);
        if (!mayRecord(meeting)) {
            throw new ForbiddenException("record a meeting");
        }
        Meeting locked = store.lock(id).orElseThrow();
        if (!locked.status().editable()) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        return locked;
    }

    /** The meeting, locked, for those who run it. */
    Meeting forManaging(long id) {
        Meeting meeting = get(id);
        if (!mayManage(meeting)) {
            throw new ForbiddenException("manage a meeting");
        }
        return store.lock(id).orElseThrow();
    }
}
