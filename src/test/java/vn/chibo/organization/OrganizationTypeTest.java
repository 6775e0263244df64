package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationTypeTest {

    @Test
    void onlyUpperCommitteesMayBeRoots() {
        assertThat(OrganizationType.UPPER_COMMITTEE.mayHaveParent(null)).isTrue();
        assertThat(OrganizationType.CELL.mayHaveParent(null)).isFalse();
        assertThat(OrganizationType.GRASSROOTS_COMMITTEE.mayHaveParent(null)).isFalse();
    }

    @Test
    void cellsSitUnderAnyCommitteeButNotUnderCells() {
        assertThat(OrganizationType.CELL.mayHaveParent(OrganizationType.UPPER_COMMITTEE)).isTrue();
        assertThat(OrganizationType.CELL.mayHaveParent(OrganizationType.GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(OrganizationType.CELL.mayHaveParent(OrganizationType.PARTIAL_COMMITTEE)).isTrue();
        assertThat(OrganizationType.CELL.mayHaveParent(OrganizationType.CELL)).isFalse();
        assertThat(OrganizationType.PARTY_GROUP.mayHaveParent(OrganizationType.CELL)).isTrue();
        assertThat(OrganizationType.PARTIAL_COMMITTEE.mayHaveParent(OrganizationType.UPPER_COMMITTEE)).isFalse();
    }

    @Test
    void aCellIsCalledGrassrootsUnderAnUpperCommitteeAndAttachedOtherwise() {
        assertThat(OrganizationType.CELL.labelKey(OrganizationType.UPPER_COMMITTEE)).isEqualTo("organization.type.CELL.grassroots");
        assertThat(OrganizationType.CELL.labelKey(OrganizationType.PARTIAL_COMMITTEE)).isEqualTo("organization.type.CELL.attached");
        assertThat(OrganizationType.PARTY_GROUP.labelKey(OrganizationType.CELL)).isEqualTo("organization.type.PARTY_GROUP");
    }
}
