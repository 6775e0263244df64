package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;
import static vn.chibo.support.Accounts.SECRETARY_PERSON;

import org.junit.jupiter.api.Test;
import vn.chibo.support.Accounts;

class PeopleAccessTest {

    @Test
    void peopleAreReadInTheSubtreeAndEverybodyReadsTheirOwnRecord() {
        assertThat(PeopleAccess.mayRead(Accounts.officer(), 99, CELL)).isTrue();
        assertThat(PeopleAccess.mayRead(Accounts.officer(), 99, OTHER_CELL)).isFalse();
        assertThat(PeopleAccess.mayRead(Accounts.admin(), 99, OTHER_CELL)).isTrue();
        assertThat(PeopleAccess.mayRead(Accounts.member(), MEMBER_PERSON, CELL)).isTrue();
        assertThat(PeopleAccess.mayRead(Accounts.member(), 99, CELL)).isFalse();
        assertThat(PeopleAccess.mayRead(Accounts.secretary(), SECRETARY_PERSON, OTHER_CELL)).isTrue();
    }

    @Test
    void peopleAreChangedByAdministratorsOfficersAndSecretariesInsideTheirSubtree() {
        assertThat(PeopleAccess.mayChangeIn(Accounts.admin(), OTHER_CELL)).isTrue();
        assertThat(PeopleAccess.mayChangeIn(Accounts.officer(), CELL)).isTrue();
        assertThat(PeopleAccess.mayChangeIn(Accounts.secretary(), CELL)).isTrue();
        assertThat(PeopleAccess.mayChangeIn(Accounts.secretary(), OTHER_CELL)).isFalse();
        assertThat(PeopleAccess.mayChangeIn(Accounts.inspector(), CELL)).isFalse();
        assertThat(PeopleAccess.mayChangeIn(Accounts.member(), CELL)).isFalse();
        assertThat(PeopleAccess.mayChange(Accounts.inspector())).isFalse();
    }

    @Test
    void nobodyChangesTheirOwnPartyStatusOrPosition() {
        assertThat(PeopleAccess.mayChangeStatusOf(Accounts.secretary(), SECRETARY_PERSON)).isFalse();
        assertThat(PeopleAccess.mayChangeStatusOf(Accounts.secretary(), MEMBER_PERSON)).isTrue();
        assertThat(PeopleAccess.mayChangeStatusOf(Accounts.admin(), SECRETARY_PERSON)).isTrue();
    }
}
