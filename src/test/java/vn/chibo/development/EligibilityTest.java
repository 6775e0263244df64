package vn.chibo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.development.internal.DevelopmentRules;
import vn.chibo.development.internal.Eligibility;
import vn.chibo.development.internal.Eligibility.Introducer;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory.PersonFacts;

/** Admission conditions at their boundaries: age in whole months on the day of the cell's consideration, certificate, introducers. */
class EligibilityTest {

    static final DevelopmentRules RULES = new DevelopmentRules(216, 720, 9, 2, 12, 5, 2, 3, List.of("FORM_1"), 60, 30, 30, 30,
            12, 10, List.of());
    static final LocalDate CELL_MEETS = LocalDate.of(2026, 3, 15);

    static PersonFacts candidate(LocalDate birth, String education) {
        return new PersonFacts(1, "Nguyễn Văn Quân", birth, education, 10, "/1/10/", PartyStatus.SYMPATHISER, null, null);
    }

    static Introducer official(long id, LocalDate together) {
        return new Introducer(new PersonFacts(id, "Đảng viên " + id, LocalDate.of(1990, 1, 1), "12/12", 10, "/1/10/",
                PartyStatus.OFFICIAL, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), together);
    }

    static List<String> problems(PersonFacts who, LocalDate certificate, List<Introducer> introducers) {
        return Eligibility.check(who, CELL_MEETS, certificate, introducers, RULES).stream().map(Eligibility.Problem::messageKey).toList();
    }

    static final List<Introducer> GOOD_INTRODUCERS = List.of(official(2, LocalDate.of(2025, 3, 15)), official(3, LocalDate.of(2024, 1, 1)));

    @Test
    void exactlyEighteenYearsInMonthsOnTheDayOfTheCellsConsiderationIsOldEnough() {
        assertThat(Eligibility.ageInMonths(LocalDate.of(2008, 3, 15), CELL_MEETS)).isEqualTo(216);
        assertThat(problems(candidate(LocalDate.of(2008, 3, 15), "12/12"), LocalDate.of(2025, 6, 1), GOOD_INTRODUCERS)).isEmpty();
    }

    @Test
    void oneDayShortOfEighteenYearsIsTooYoung() {
        assertThat(Eligibility.ageInMonths(LocalDate.of(2008, 3, 16), CELL_MEETS)).isEqualTo(215);
        assertThat(problems(candidate(LocalDate.of(2008, 3, 16), "12/12"), LocalDate.of(2025, 6, 1), GOOD_INTRODUCERS))
                .containsExactly("development.eligibility.tooYoung");
    }

    @Test
    void sixtyYearsInMonthsIsStillAdmissibleAMonthMoreIsNot() {
        assertThat(problems(candidate(LocalDate.of(1966, 3, 15), "12/12"), LocalDate.of(2025, 6, 1), GOOD_INTRODUCERS)).isEmpty();
        assertThat(problems(candidate(LocalDate.of(1966, 2, 15), "12/12"), LocalDate.of(2025, 6, 1), GOOD_INTRODUCERS))
                .containsExactly("development.eligibility.tooOld");
    }

    @Test
    void theCertificateIsValidForFiveYearsToTheDay() {
        PersonFacts who = candidate(LocalDate.of(2000, 1, 1), "12/12");
        assertThat(problems(who, LocalDate.of(2021, 3, 15), GOOD_INTRODUCERS)).isEmpty();
        assertThat(problems(who, LocalDate.of(2021, 3, 14), GOOD_INTRODUCERS)).containsExactly("development.eligibility.certificateExpired");
        assertThat(problems(who, null, GOOD_INTRODUCERS)).containsExactly("development.eligibility.noCertificate");
    }

    @Test
    void introducersMustBeOfficialMembersWhoWorkedWithTheCandidateTwelveMonths() {
        PersonFacts who = candidate(LocalDate.of(2000, 1, 1), "12/12");
        LocalDate certificate = LocalDate.of(2025, 6, 1);
        assertThat(problems(who, certificate, List.of(official(2, LocalDate.of(2025, 3, 16)), official(3, LocalDate.of(2024, 1, 1)))))
                .containsExactly("development.eligibility.introducerTooShort", "development.eligibility.introducers");
        Introducer probationary = new Introducer(new PersonFacts(4, "Dự bị", LocalDate.of(1999, 1, 1), "12/12", 10, "/1/10/",
                PartyStatus.PROBATIONARY, LocalDate.of(2025, 9, 1), null), LocalDate.of(2023, 1, 1));
        assertThat(problems(who, certificate, List.of(probationary, official(3, LocalDate.of(2024, 1, 1)))))
                .contains("development.eligibility.introducerNotOfficial", "development.eligibility.introducers");
        assertThat(problems(who, certificate, List.of(official(3, LocalDate.of(2024, 1, 1)), official(3, LocalDate.of(2024, 1, 1)))))
                .contains("development.eligibility.introducerTwice");
    }

    @Test
    void lowerSecondaryEducationIsTheMinimum() {
        LocalDate certificate = LocalDate.of(2025, 6, 1);
        assertThat(problems(candidate(LocalDate.of(2000, 1, 1), "9/12"), certificate, GOOD_INTRODUCERS)).isEmpty();
        assertThat(problems(candidate(LocalDate.of(2000, 1, 1), "8/12"), certificate, GOOD_INTRODUCERS))
                .containsExactly("development.eligibility.education");
        assertThat(problems(candidate(LocalDate.of(2000, 1, 1), "7/10"), certificate, GOOD_INTRODUCERS)).isEmpty();
        assertThat(problems(candidate(LocalDate.of(2000, 1, 1), "Đại học"), certificate, GOOD_INTRODUCERS)).isEmpty();
    }

    @Test
    void theCellApprovesWithTwoThirdsOfItsOfficialMembers() {
        assertThat(RULES.approves(6, 9)).isTrue();
        assertThat(RULES.approves(5, 9)).isFalse();
        assertThat(RULES.approves(5, 7)).isTrue();
        assertThat(RULES.approves(4, 7)).isFalse();
    }
}
