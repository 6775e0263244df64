package vn.chibo.recognition.internal;

import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;

/**
 * Who may read and record awards, discipline and good examples. A record is read inside the account's subtree, and by
 * the person it names; awards and discipline are recorded by the roles that hold those rights (discipline: also the
 * inspection commission), good examples written by those who write them, each inside their subtree. Members also read
 * the published good examples of their own organization's subtree.
 */
public final class RecognitionAccess {

    private RecognitionAccess() {
    }

    /** A record of the organization with this path, naming this person (or none): in the subtree, or one's own. */
    public static boolean mayRead(ChiboUser user, String orgPath, Long personId) {
        return user.canSee(orgPath) || (personId != null && personId.equals(user.personId()));
    }

    public static boolean mayRecordAwards(ChiboUser user) {
        return user.may(Permission.RECORD_AWARDS);
    }

    public static boolean mayRecordDiscipline(ChiboUser user) {
        return user.may(Permission.RECORD_DISCIPLINE);
    }

    /** Changes a discipline record of the organization with this path. */
    public static boolean mayRecordDisciplineIn(ChiboUser user, String orgPath) {
        return mayRecordDiscipline(user) && user.canSee(orgPath);
    }

    /** Roles that write good examples (in their scope). */
    public static boolean mayWriteGoodExamples(ChiboUser user) {
        return user.may(Permission.WRITE_GOOD_EXAMPLES);
    }

    public static boolean mayWrite(ChiboUser user, GoodExample example) {
        return mayWriteGoodExamples(user) && user.canSee(example.getOrgPath());
    }

    /** A good example: like any record, and for a member also the published ones of his organization's subtree. */
    public static boolean mayRead(ChiboUser user, GoodExample example) {
        return mayRead(user, example.getOrgPath(), example.getPersonId())
                || (readsPublishedExamplesOfScope(user) && example.getStatus() == GoodExampleStatus.PUBLISHED
                && example.getOrgPath().startsWith(user.scopePath()));
    }

    /** Members read the published good examples of their own organization's subtree besides their own. */
    static boolean readsPublishedExamplesOfScope(ChiboUser user) {
        return user.role() == Role.MEMBER && user.scopePath() != null;
    }
}
