package vn.chibo.meeting.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;

/**
 * The organization whose own meetings the account runs: the scope organization of an account that may run meetings,
 * when that organization holds regular meetings (a cell). Officers over a whole subtree get no per-cell items here.
 */
@Component
class MeetingTodoScope {

    private final OrganizationDirectory organizations;
    private final MeetingService meetings;

    MeetingTodoScope(OrganizationDirectory organizations, MeetingService meetings) {
        this.organizations = organizations;
        this.meetings = meetings;
    }

    Optional<OrganizationRef> runBy(ChiboUser user) {
        if (!MeetingAccess.runsOwnMeetings(user)) {
            return Optional.empty();
        }
        return organizations.find(user.scopeOrganizationId())
                .filter(OrganizationRef::active)
                .filter(o -> meetings.kindsFor(o).contains(MeetingKind.REGULAR));
    }
}
