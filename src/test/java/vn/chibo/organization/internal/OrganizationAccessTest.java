package vn.chibo.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.DIVISION;
import static vn.chibo.support.Accounts.OTHER_CELL;
import static vn.chibo.support.Accounts.REGION;

import org.junit.jupiter.api.Test;
import vn.chibo.support.Accounts;

class OrganizationAccessTest {

    @Test
    void organizationsAreReadInTheSubtreeOnlyAndNotByMembers() {
        assertThat(OrganizationAccess.mayRead(Accounts.admin(), OTHER_CELL)).isTrue();
        assertThat(OrganizationAccess.mayRead(Accounts.officer(), CELL)).isTrue();
        assertThat(OrganizationAccess.mayRead(Accounts.officer(), DIVISION)).isTrue();
        assertThat(OrganizationAccess.mayRead(Accounts.officer(), REGION)).isFalse();
        assertThat(OrganizationAccess.mayRead(Accounts.officer(), OTHER_CELL)).isFalse();
        assertThat(OrganizationAccess.mayRead(Accounts.secretary(), CELL)).isTrue();
        assertThat(OrganizationAccess.mayRead(Accounts.member(), CELL)).isFalse();
    }

    @Test
    void onlyAdministratorsAndOfficersChangeTheTree() {
        assertThat(OrganizationAccess.mayChange(Accounts.admin())).isTrue();
        assertThat(OrganizationAccess.mayChange(Accounts.officer())).isTrue();
        assertThat(OrganizationAccess.mayChange(Accounts.secretary())).isFalse();
        assertThat(OrganizationAccess.mayChange(Accounts.inspector())).isFalse();
        assertThat(OrganizationAccess.mayChange(Accounts.member())).isFalse();
    }

    @Test
    void onlyAdministratorsCreateRootOrganizations() {
        assertThat(OrganizationAccess.mayCreateRoot(Accounts.admin())).isTrue();
        assertThat(OrganizationAccess.mayCreateRoot(Accounts.officer())).isFalse();
    }

    @Test
    void anOfficerNeverMovesOrDissolvesHisOwnScopeRootButOrganizationsBelowIt() {
        assertThat(OrganizationAccess.mayMoveOrDissolve(Accounts.officer(), 2L)).isFalse();
        assertThat(OrganizationAccess.mayMoveOrDissolve(Accounts.officer(), 3L)).isTrue();
        assertThat(OrganizationAccess.mayMoveOrDissolve(Accounts.admin(), 2L)).isTrue();
    }
}
