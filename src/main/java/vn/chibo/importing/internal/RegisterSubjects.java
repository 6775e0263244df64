package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.ExistingPerson;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * Finds the person or party organization a register row is about, as the people import matches people: by
 * identity number, else by full name (and birth date when given) within the named organization; an organization by
 * its number, its name unique in the scope, or its names from the top down. People outside the account's subtree are
 * errors. Existing people are loaded for the whole file in a few queries.
 */
final class RegisterSubjects {

    /** Who a row names. */
    enum Who { PERSON, ORGANIZATION }

    static final Column KIND = Column.choice("subjectKind", "recognition.kind", false,
            List.of("recognition.kind.PERSON", "recognition.kind.ORGANIZATION"), "Loại đối tượng", "Cá nhân/Tập thể");
    static final Column ORGANIZATION = Column.text("subjectOrganization", "recognition.organization", false, 1000,
            "Đơn vị", "Tổ chức", "Chi bộ", "Tổ chức đảng", "Đơn vị sinh hoạt");

    /** A resolved subject: exactly one of the ids. */
    record Resolved(Who who, Long personId, Long organizationId) {
        String key() {
            return who + ":" + (personId != null ? personId : organizationId);
        }
    }

    private final OrganizationIndex organizations;
    private final PersonMatches people;
    private final Issues issues;
    private final ChiboUser user = CurrentUser.get();

    RegisterSubjects(PersonBulkEntry bulk, List<OrganizationRef> visible, List<SourceRow> rows, Column name,
                     Issues issues) {
        this(bulk, visible, rows, List.of(name), List.of(PeopleImport.IDENTITY), issues);
    }

    /** For rows naming several people: their name and identity number columns. */
    RegisterSubjects(PersonBulkEntry bulk, List<OrganizationRef> visible, List<SourceRow> rows, List<Column> nameColumns,
                     List<Column> identityColumns, Issues issues) {
        this.organizations = new OrganizationIndex(visible);
        List<String> numbers = rows.stream().flatMap(r -> identityColumns.stream().map(c -> r.get(c.key())))
                .filter(Objects::nonNull).toList();
        List<String> names = rows.stream().flatMap(r -> nameColumns.stream().map(c -> VietnameseText.clean(r.get(c.key()))))
                .filter(Objects::nonNull).toList();
        this.people = new PersonMatches(bulk, numbers, names);
        this.issues = issues;
    }

    /**
     * The subject of a row with the shared subject columns ({@link #KIND}, {@link #ORGANIZATION}, the people
     * import's identity number and birth date) and its own name column; a collective is named by the organization
     * column (or, without one, by the name column). Null with an error on the row otherwise.
     */
    Resolved resolve(SourceRow row, Values values, Column nameColumn, Map<String, Who> kinds, List<String> shownKinds,
                     Predicate<Resolved> recorded) {
        String name = values.text(row, nameColumn);
        Who who = values.choice(row, KIND, kinds, shownKinds);
        String identity = values.text(row, PeopleImport.IDENTITY);
        java.time.LocalDate birthDate = values.date(row, PeopleImport.BIRTH_DATE);
        String organization = values.text(row, ORGANIZATION);
        if (issues.rowHasError(row.number())) {
            return null;
        }
        if (who == Who.ORGANIZATION) {
            String text = organization != null ? organization : name;
            if (text == null) {
                return null;
            }
            Column column = organization != null ? ORGANIZATION : nameColumn;
            OrganizationIndex.Found found = organizations.find(text);
            List<OrganizationRef> chosen = found.organization() != null ? List.of(found.organization())
                    : found.candidates().stream().filter(o -> recorded.test(new Resolved(Who.ORGANIZATION, null, o.id())))
                    .limit(1).toList();
            if (chosen.size() != 1) {
                issues.error(row.number(), column.key(), found.organization() == null && found.candidates().isEmpty()
                        ? found.problemKey() : "import.error.organizationAmbiguous", text);
                return null;
            }
            return new Resolved(Who.ORGANIZATION, null, chosen.get(0).id());
        }
        ExistingPerson person = person(row.number(), name, nameColumn, identity, PeopleImport.IDENTITY, birthDate,
                organization, ORGANIZATION, p -> recorded.test(new Resolved(Who.PERSON, p.id(), null)));
        return person == null ? null : new Resolved(Who.PERSON, person.id(), null);
    }

    /** The organization a cell names among those the account sees; null with an error on the row otherwise. */
    OrganizationRef organization(int row, Column column, String text) {
        OrganizationIndex.Found found = organizations.find(text);
        if (found.organization() == null) {
            issues.error(row, column.key(), found.problemKey(), text);
        }
        return found.organization();
    }

    /**
     * The person a row names: by identity number when given, else by name, birth date (when given) and organization
     * (when given: the person is in it or below it; a name shared by several organizations of the scope narrows to
     * those). Null with an error otherwise.
     */
    ExistingPerson person(int row, String fullName, Column nameColumn, String identity, Column identityColumn,
                          LocalDate birthDate, String organizationText, Column organizationColumn) {
        return person(row, fullName, nameColumn, identity, identityColumn, birthDate, organizationText, organizationColumn,
                p -> false);
    }

    /**
     * Like {@link #person(int, String, Column, String, Column, LocalDate, String, Column)}; among several people
     * the row could name, one whose record the register already holds ({@code recorded}, not yet matched by an
     * earlier row) is meant: ChiBo's own export names people by name and cell only, and such a row is that record.
     */
    ExistingPerson person(int row, String fullName, Column nameColumn, String identity, Column identityColumn,
                          LocalDate birthDate, String organizationText, Column organizationColumn,
                          Predicate<ExistingPerson> recorded) {
        if (identity != null) {
            ExistingPerson person = people.byIdentityNumber(identity);
            if (person == null) {
                issues.error(row, identityColumn.key(), "import.error.personNotFound", identity);
                return null;
            }
            return inScope(row, identityColumn, person);
        }
        if (fullName == null) {
            return null;
        }
        List<OrganizationRef> places = null;
        if (organizationText != null) {
            OrganizationIndex.Found found = organizations.find(organizationText);
            if (found.organization() == null && found.candidates().isEmpty()) {
                issues.error(row, organizationColumn.key(), found.problemKey(), organizationText);
                return null;
            }
            places = found.organization() != null ? List.of(found.organization()) : found.candidates();
        }
        String clean = VietnameseText.clean(fullName);
        List<OrganizationRef> wanted = places;
        List<ExistingPerson> named = people.byName(clean).stream()
                .filter(p -> birthDate == null || birthDate.equals(p.birthDate()))
                .filter(p -> wanted == null || wanted.stream().anyMatch(o -> o.contains(p.orgPath()))).toList();
        List<ExistingPerson> visible = named.stream().filter(p -> user.canSee(p.orgPath())).toList();
        if (visible.size() > 1) {
            List<ExistingPerson> held = visible.stream().filter(recorded).limit(1).toList();
            visible = held.isEmpty() ? visible : held;
        }
        if (visible.size() == 1) {
            return visible.get(0);
        }
        if (visible.size() > 1) {
            issues.error(row, nameColumn.key(), "import.error.personAmbiguous", clean);
        } else if (!named.isEmpty()) {
            issues.error(row, nameColumn.key(), "import.error.personOutOfScope");
        } else {
            issues.error(row, nameColumn.key(), "import.error.personNotFound", clean);
        }
        return null;
    }

    private ExistingPerson inScope(int row, Column column, ExistingPerson person) {
        if (!user.canSee(person.orgPath())) {
            issues.error(row, column.key(), "import.error.personOutOfScope");
            return null;
        }
        return person;
    }
}
