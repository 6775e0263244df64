package vn.chibo.classification.internal;


import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;

/** Who may see a classification round or entry, and who may open, self-classify, propose and decide. */
@Component
class ClassificationAccess {

    private final ClassificationEntryRepository entries;

    ClassificationAccess(ClassificationEntryRepository entries) {
        this.entries = entries;
    }

    /** A round is seen inside its subtree, from above it, and by each member who is one of its subjects. */
    boolean visible(ClassificationRound round) {
        ChiboUser user = CurrentUser.get();
        if (user.canSeeOrWorksUnder(round.getOrgPath())) {
            return true;
        }
        return user.personId() != null && entries.findByRoundIdAndSubjectKindAndSubjectId(round.getId(),
                ClassificationEntry.Kind.MEMBER, user.personId()).isPresent();
    }

    boolean visible(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        return entry.isCollective() ? user.canSee(entry.getOrgPath()) : user.canSeePerson(entry.getSubjectId(), entry.getOrgPath());
    }

    boolean mayOpen() {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.DEPLOY_MODELS);
    }

    /** The subject (or its secretary, or an officer on its behalf) classifies itself. */
    boolean maySelfClassify(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        if (!entry.isCollective() && Objects.equals(user.personId(), entry.getSubjectId())) {
            return true;
        }
        return user.may(Permission.WORK_ON_MODELS) && user.canSee(entry.getOrgPath());
    }

    /** The advisory body of the deciding organization proposes; for members also their cell's secretary. */
    boolean mayPropose(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        if (mayDecide(entry)) {
            return true;
        }
        return !entry.isCollective() && user.role() == Role.SECRETARY && user.canSee(entry.getOrgPath()) && !judgesHimself(entry);
    }

    /** The competent level: officers (and administrators) whose scope holds the deciding organization. */
    boolean mayDecide(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.DECIDE_MODELS) && user.canSee(entry.getDecidingOrgPath()) && !judgesHimself(entry);
    }

    /** Nobody proposes or decides his own classification. */
    private static boolean judgesHimself(ClassificationEntry entry) {
        return !entry.isCollective() && Objects.equals(CurrentUser.get().personId(), entry.getSubjectId());
    }

    /** The path prefix the account sees entries under ({@code null}: none, a member sees only his own). */
    static String scopePrefix() {
        ChiboUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return "/";
        }
        String scope = user.scopePath();
        if (user.role() == Role.MEMBER || scope == null || !Subtree.isPath(scope)) {
            return null;
        }
        return scope;
    }

    static String within(String column, String prefix) {
        return Subtree.ofPrefix(prefix).sql(column);
    }
}
