package vn.chibo.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;

/** One line of the people list and its XLSX export. */
public record PersonListRow(long id, String fullName, LocalDate birthDate, Gender gender, String identityNumber,
                            String militaryRank, String positionTitle, PartyStatus partyStatus, LocalDate admittedOn,
                            LocalDate officialSince, long organizationId, String organizationName) {

    /** The line of a person row selected with its organization's name as {@code org_name}. */
    static PersonListRow of(ResultSet rs, int n) throws SQLException {
        return new PersonListRow(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                Gender.valueOf(rs.getString("gender")), rs.getString("identity_number"), rs.getString("military_rank"),
                rs.getString("position_title"), PartyStatus.valueOf(rs.getString("party_status")),
                rs.getObject("admitted_on", LocalDate.class), rs.getObject("official_since", LocalDate.class),
                rs.getLong("organization_id"), rs.getString("org_name"));
    }
}
