package vn.chibo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bulk loader (the Excel import) needs from the people module: the same checks as the person form, creation
 * and updates through the module's own service (scope, rules, status history, audit), and the lookups that find
 * likely duplicates. Separate from {@link PersonDirectory} so that the directory stays a read-mostly façade.
 */
public interface PersonBulkEntry {

    /** A new person record as the form takes it; the organization is the one he belongs to. */
    record NewPerson(String fullName, LocalDate birthDate, Gender gender, String identityNumber, String militaryRank,
                     String positionTitle, String education, String phone, long organizationId, PartyStatus partyStatus,
                     LocalDate sympathiserSince, LocalDate admittedOn, LocalDate officialSince) {
    }

    /** A broken rule: the form field it concerns and the message key (with its arguments). */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    /** An existing person as a duplicate check compares him. */
    record ExistingPerson(long id, String fullName, LocalDate birthDate, Gender gender, String identityNumber,
                          String militaryRank, String positionTitle, String education, String phone,
                          long organizationId, String orgPath, PartyStatus partyStatus, LocalDate admittedOn,
                          LocalDate officialSince, long version) {
    }

    /**
     * The form's checks for a new record, without writing: field formats, dates in order, an active organization
     * the signed-in account may change people in. Identity numbers already taken are the caller's matter
     * (a likely duplicate, see {@link #byIdentityNumbers}). Empty when the record may be created.
     */
    Optional<Problem> check(NewPerson person);

    /** Creates the record through the people service (status history, membership, audit). */
    PersonRef create(NewPerson person);

    /** Updates the details (not organization or status) of a visible person through the people service. */
    PersonRef updateDetails(long id, NewPerson person, long expectedVersion);

    /** Records a leadership position held from a date through the people service. */
    void assignRole(long personId, long organizationId, PartyPosition role, LocalDate from);

    /** People by identity number (any scope: an identity number is unique across the system). */
    Map<String, ExistingPerson> byIdentityNumbers(Collection<String> identityNumbers);

    /** People with one of these full names (NFC, exact), any scope. */
    List<ExistingPerson> byFullNames(Collection<String> fullNames);

    /** A new person and, optionally, a leadership position he holds from a date. */
    record NewPersonWithRole(NewPerson person, PartyPosition role, LocalDate roleFrom) {
    }

    /** The form's checks bound to one load: the organizations are read once, not once per record. */
    interface Checks {
        Optional<Problem> check(NewPerson person);
    }

    /** {@link #check} for many records placed in these organizations. */
    Checks checks(Collection<Long> organizationIds);

    /**
     * Creates many records at once under the rules of {@link #create} (organizations locked and in scope, dates in
     * order, identity numbers free, roles for members only), with their status history, membership and roles, in
     * JDBC batches; one audit record per batch of records names each of them and {@code source}. Returns the new
     * ids in order. A record that breaks a rule throws {@link Refused} naming it; the caller's transaction then
     * writes nothing.
     */
    List<Long> createAll(List<NewPersonWithRole> people, String source);

    /** After a large load: refreshes the planner's statistics of the people tables (PostgreSQL). */
    void refreshStatistics();

    /** A record of a bulk load broke a rule: its index in the list, the form field and the message. */
    final class Refused extends RuntimeException {
        private final int index;
        private final transient Problem problem;

        public Refused(int index, Problem problem) {
            super("record " + index + " refused: " + problem.messageKey(), null, false, false);
            this.index = index;
            this.problem = problem;
        }

        public int index() {
            return index;
        }

        public Problem problem() {
            return problem;
        }
    }
}
