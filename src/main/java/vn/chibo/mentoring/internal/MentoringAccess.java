package vn.chibo.mentoring.internal;

import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Who may do what in mentoring: a group is read in the account's subtree or by its own mentor; administrators,
 * officers and secretaries change mentoring inside their subtree; sessions and reviews are recorded by the group's
 * mentor or whoever manages its organization. The rules take the account ({@code ChiboUser}); the instance methods
 * ask them for the signed-in one.
 */
@Component
public class MentoringAccess {

    /** A group the account may read: in its subtree, or the account is the group's mentor. */
    public static boolean mayRead(ChiboUser user, MentoringGroup group) {
        return user.canSee(group.getOrgPath()) || isMentorOf(user, group);
    }

    public static boolean isMentorOf(ChiboUser user, MentoringGroup group) {
        Long self = user.personId();
        return self != null && self.equals(group.getMentorPersonId());
    }

    /** Administrators, officers and secretaries change mentoring inside their subtree. */
    public static boolean mayManage(ChiboUser user, String orgPath) {
        return user.may(Permission.MANAGE_MENTORING) && user.canSee(orgPath);
    }

    /** Sessions and reviews: the group's mentor, or whoever manages its organization. */
    public static boolean mayRecord(ChiboUser user, MentoringGroup group) {
        return isMentorOf(user, group) || mayManage(user, group.getOrgPath());
    }

    /** The mentoring board of the account's own organization: everybody with a scope but members (they see their mentees). */
    public static boolean hasBoard(ChiboUser user) {
        return user.role() != Role.MEMBER && user.scopeOrganizationId() != null;
    }

    /** A cell's groups without a session this month are the secretary's to-do. */
    static boolean watchesCellGroups(ChiboUser user) {
        return user.role() == Role.SECRETARY && user.scopeOrganizationId() != null;
    }

    public boolean mayRead(MentoringGroup group) {
        return mayRead(CurrentUser.get(), group);
    }

    public boolean isMentorOf(MentoringGroup group) {
        return isMentorOf(CurrentUser.get(), group);
    }

    public boolean mayManage(String orgPath) {
        return mayManage(CurrentUser.get(), orgPath);
    }

    public boolean mayRecord(MentoringGroup group) {
        return mayRecord(CurrentUser.get(), group);
    }

    public void requireManage(String orgPath) {
        if (!mayManage(orgPath)) {
            throw new ForbiddenException("manage mentoring");
        }
    }
}
