package vn.chibo.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChiboUserTest {

    private static ChiboUser user(Role role, String scopePath, Long personId) {
        return new ChiboUser(1, "u", "x", true, true, role, personId, 4L, scopePath, "U");
    }

    @Test
    void anOfficerSeesItsSubtreeOnly() {
        ChiboUser officer = user(Role.OFFICER, "/1/4/", 10L);
        assertThat(officer.canSee("/1/4/")).isTrue();
        assertThat(officer.canSee("/1/4/17/203/")).isTrue();
        assertThat(officer.canSee("/1/")).isFalse();
        assertThat(officer.canSee("/1/5/")).isFalse();
    }

    @Test
    void pathPrefixesDoNotLeakToSiblingsWithLongerIds() {
        ChiboUser officer = user(Role.OFFICER, "/1/4/", 10L);
        assertThat(officer.canSee("/1/41/")).isFalse();
    }

    @Test
    void anAdministratorSeesEverythingAndAMemberOnlyItself() {
        assertThat(user(Role.ADMIN, "/1/4/", null).canSee("/9/")).isTrue();
        ChiboUser member = user(Role.MEMBER, "/1/4/", 10L);
        assertThat(member.canSee("/1/4/")).isFalse();
        assertThat(member.canSeePerson(10L, "/1/4/")).isTrue();
        assertThat(member.canSeePerson(11L, "/1/4/")).isFalse();
    }

    @Test
    void onlyAdministratorsAndOfficersChangeOrganizationsAndInspectorsChangeNoPeople() {
        assertThat(user(Role.OFFICER, "/1/", 1L).mayChangeOrganizations()).isTrue();
        assertThat(user(Role.SECRETARY, "/1/", 1L).mayChangeOrganizations()).isFalse();
        assertThat(user(Role.SECRETARY, "/1/", 1L).mayChangePeople()).isTrue();
        assertThat(user(Role.INSPECTOR, "/1/", 1L).mayChangePeople()).isFalse();
        assertThat(user(Role.MEMBER, "/1/", 1L).mayChangePeople()).isFalse();
    }
}
