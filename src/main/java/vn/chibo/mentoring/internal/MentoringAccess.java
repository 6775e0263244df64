package vn.chibo.mentoring.internal;

import org.springframework.stereotype.Component;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Who may do what in mentoring: a group is read in the account's subtree or by its own mentor; administrators,
 * officers and secretaries change mentoring inside their subtree; sessions and reviews are recorded by the group's
 * mentor or whoever manages its organization.
 */
@Component
public class MentoringAccess {

    /** A group the account may read: in its subtree, or the account is the group's mentor. */
    public boolean mayRead(MentoringGroup group) {
        return CurrentUser.get().canSee(group.getOrgPath()) || isMentorOf(group);
    }

    public boolean isMentorOf(MentoringGroup group) {
        Long self = CurrentUser.get().personId();
        return self != null && self.equals(group.getMentorPersonId());
    }

    /** Administrators, officers and secretaries change mentoring inside their subtree. */
    public boolean mayManage(String orgPath) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.MANAGE_MENTORING) && user.canSee(orgPath);
    }

    /** Sessions and reviews: the group's mentor, or whoever manages its organization. */
    public boolean mayRecord(MentoringGroup group) {
        return isMentorOf(group) || mayManage(group.getOrgPath());
    }

    public void requireManage(String orgPath) {
        if (!mayManage(orgPath)) {
            throw new ForbiddenException("manage mentoring");
        }
    }
}
