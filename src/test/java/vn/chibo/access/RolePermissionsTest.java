package vn.chibo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.shared.security.Permission.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;

/** The table of what each role may do (within its scope), as DOMAIN.md and the README's account table say. */
class RolePermissionsTest {

    @Test
    void theInspectionCommissionInspectsVerifiesAndRecordsDisciplineAndChangesNothingElse() {
        assertThat(Role.INSPECTOR.permissions())
                .containsExactlyInAnyOrder(INSPECT, OVERSEE_INSPECTIONS, RECORD_DISCIPLINE, READ_SUBTREE_BOARDS,
                        READ_REVIEW_FIGURES);
        for (Permission change : EnumSet.of(CHANGE_ORGANIZATIONS, CHANGE_PEOPLE, RUN_MEETINGS, OVERSEE_MEETINGS, MANAGE_MENTORING,
                DEVELOP_MEMBERS, DECIDE_ADMISSIONS, REVISE_RULES, DEPLOY_MODELS, WORK_ON_MODELS, DECIDE_MODELS, RECORD_AWARDS,
                WRITE_GOOD_EXAMPLES, LOCK_REVIEW_FIGURES)) {
            assertThat(Role.INSPECTOR.may(change)).as(change.name()).isFalse();
        }
    }

    @Test
    void aSecretaryRunsHisOrganizationButNeitherDecidesNorChangesTheTree() {
        assertThat(Role.SECRETARY.permissions()).contains(CHANGE_PEOPLE, RUN_MEETINGS, MANAGE_MENTORING, DEVELOP_MEMBERS,
                WORK_ON_MODELS, WRITE_GOOD_EXAMPLES, INSPECT, RESPOND_TO_INSPECTION);
        assertThat(Role.SECRETARY.permissions()).doesNotContain(CHANGE_ORGANIZATIONS, DECIDE_ADMISSIONS, DECIDE_MODELS,
                DEPLOY_MODELS, REVISE_RULES, RECORD_AWARDS, RECORD_DISCIPLINE, OVERSEE_INSPECTIONS, OVERSEE_MEETINGS,
                LOCK_REVIEW_FIGURES);
    }

    @Test
    void officersAndAdministratorsHoldEveryPermissionAndMembersNone() {
        assertThat(Role.OFFICER.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.MEMBER.permissions()).isEmpty();
    }
}
