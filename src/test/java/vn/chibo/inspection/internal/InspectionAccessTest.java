package vn.chibo.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.DIVISION;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;
import static vn.chibo.support.Accounts.OTHER_DIVISION;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.chibo.support.Accounts;

class InspectionAccessTest {

    /** An inspection of the cell's organization by the division's commission. */
    private static Inspection ofCell() {
        return new Inspection(new Subject(SubjectType.ORGANIZATION, null, 3L, 3, CELL, "Chi bộ 3"), 2, DIVISION, null, "kiemtra",
                Instant.EPOCH);
    }

    /** An inspection of the member by another division's commission. */
    private static Inspection ofMember() {
        return new Inspection(new Subject(SubjectType.PERSON, MEMBER_PERSON, null, 3, CELL, "Đảng viên"), 4, OTHER_DIVISION, null,
                "kiemtra", Instant.EPOCH);
    }

    private static Finding finding(Inspection inspection) {
        ReflectionTestUtils.setField(inspection, "id", 7L);
        FindingInput input = new FindingInput();
        input.setType(FindingType.SHORTCOMING);
        return new Finding(inspection, input, LocalDate.of(2026, 1, 5), "kiemtra", Instant.EPOCH);
    }

    @Test
    void theInspectingSideIsTheInspectingOrganizationsScope() {
        assertThat(InspectionAccess.mayInspect(Accounts.inspector(), ofCell())).isTrue();
        assertThat(InspectionAccess.mayInspect(Accounts.officer(), ofCell())).isTrue();
        assertThat(InspectionAccess.mayInspect(Accounts.inspector(), ofMember())).isFalse();
        assertThat(InspectionAccess.mayInspect(Accounts.secretary(), ofCell())).isFalse();
        assertThat(InspectionAccess.mayInspect(Accounts.secretary(), CELL)).isTrue();
        assertThat(InspectionAccess.mayInspect(Accounts.member(), ofCell())).isFalse();
        assertThat(InspectionAccess.mayVerify(Accounts.inspector(), finding(ofCell()))).isTrue();
        assertThat(InspectionAccess.mayVerify(Accounts.inspector(), finding(ofMember()))).isFalse();
    }

    @Test
    void theInspectedSideIsTheSubjectsSecretaryOrOfficersOrTheMemberHimself() {
        assertThat(InspectionAccess.mayRespond(Accounts.secretary(), ofCell())).isTrue();
        assertThat(InspectionAccess.mayRespond(Accounts.officer(), ofCell())).isTrue();
        assertThat(InspectionAccess.mayRespond(Accounts.inspector(), ofCell())).isFalse();
        assertThat(InspectionAccess.mayRespond(Accounts.member(), ofMember())).isTrue();
        assertThat(InspectionAccess.mayRespond(Accounts.member(), ofCell())).isFalse();
        assertThat(InspectionAccess.mayRemediate(Accounts.secretary(), finding(ofCell()))).isTrue();
        assertThat(InspectionAccess.mayRespond(Accounts.secretary(), OTHER_CELL, null)).isFalse();
    }

    @Test
    void theWorklistAndToDosFollowTheSideTheAccountIsOn() {
        assertThat(InspectionAccess.mayUseWorklist(Accounts.inspector())).isTrue();
        assertThat(InspectionAccess.mayUseWorklist(Accounts.secretary())).isFalse();
        assertThat(InspectionAccess.overseesInScope(Accounts.inspector())).isTrue();
        assertThat(InspectionAccess.overseesInScope(Accounts.admin())).isFalse();
        assertThat(InspectionAccess.respondsInScope(Accounts.secretary())).isTrue();
        assertThat(InspectionAccess.respondsInScope(Accounts.officer())).isFalse();
        assertThat(InspectionAccess.inspectorRole(Accounts.member())).isFalse();
    }
}
