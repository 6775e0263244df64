package vn.chibo.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.people.PartyStatus;

/** Dates as Excel dates or dd/MM/yyyy text, strictly; enum values by any accepted spelling. */
class ValuesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    final Issues issues = new Issues();
    final Values values = new Values(issues, false, TODAY);

    static SourceRow row(String key, String value) {
        return new SourceRow(7, Map.of(key, value));
    }

    @Test
    void datesAreExcelSerialsOrDayMonthYearText() {
        assertThat(values.date(row("birthDate", "45000"), PeopleImport.BIRTH_DATE)).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(values.date(row("birthDate", "19/05/1990"), PeopleImport.BIRTH_DATE)).isEqualTo(LocalDate.of(1990, 5, 19));
        assertThat(values.date(row("birthDate", "1/2/1990"), PeopleImport.BIRTH_DATE)).isEqualTo(LocalDate.of(1990, 2, 1));
        assertThat(new Values(issues, true, TODAY).date(row("birthDate", "0"), PeopleImport.BIRTH_DATE))
                .as("1904 date system").isEqualTo(LocalDate.of(1904, 1, 1));
        assertThat(issues.errors()).isZero();
    }

    @Test
    void anImpossibleOrFutureDateIsAnErrorOnItsRowAndColumn() {
        assertThat(values.date(row("admittedOn", "31/02/1990"), PeopleImport.ADMITTED)).isNull();
        assertThat(values.date(row("admittedOn", "07/12/2026"), PeopleImport.ADMITTED)).isNull();
        assertThat(issues.kept()).extracting(Issues.Issue::messageKey).containsExactly("import.error.date", "import.error.futureDate");
        assertThat(issues.kept()).allSatisfy(i -> {
            assertThat(i.row()).isEqualTo(7);
            assertThat(i.column()).isEqualTo("admittedOn");
        });
    }

    @Test
    void aChoiceAcceptsItsSpellingsAndNamesTheAllowedOnesOtherwise() {
        Map<String, PartyStatus> spellings = Map.of("chinh thuc", PartyStatus.OFFICIAL, "du bi", PartyStatus.PROBATIONARY);
        assertThat(values.choice(row("partyStatus", "Chính  thức"), PeopleImport.STATUS, spellings, List.of()))
                .isEqualTo(PartyStatus.OFFICIAL);
        assertThat(values.choice(row("partyStatus", "DỰ BỊ"), PeopleImport.STATUS, spellings, List.of()))
                .isEqualTo(PartyStatus.PROBATIONARY);
        assertThat(values.choice(row("partyStatus", "Cấp ủy"), PeopleImport.STATUS, spellings, List.of("Chính thức", "Dự bị")))
                .isNull();
        assertThat(issues.kept()).singleElement().satisfies(i -> {
            assertThat(i.messageKey()).isEqualTo("import.error.choice");
            assertThat(i.arguments()).containsExactly("Cấp ủy", "Chính thức, Dự bị");
        });
    }

    @Test
    void aRequiredValueMissingAndATooLongValueAreErrors() {
        assertThat(values.text(new SourceRow(3, Map.of()), PeopleImport.FULL_NAME)).isNull();
        assertThat(values.text(row("fullName", "x".repeat(201)), PeopleImport.FULL_NAME)).isNull();
        assertThat(issues.kept()).extracting(Issues.Issue::messageKey).containsExactly("import.error.required", "import.error.tooLong");
    }
}
