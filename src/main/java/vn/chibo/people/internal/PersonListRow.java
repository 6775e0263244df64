package vn.chibo.people.internal;

import java.time.LocalDate;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;

/** One line of the people list and its XLSX export. */
public record PersonListRow(long id, String fullName, LocalDate birthDate, Gender gender, String identityNumber,
                            String militaryRank, String positionTitle, PartyStatus partyStatus, LocalDate admittedOn,
                            LocalDate officialSince, long organizationId, String organizationName) {
}
