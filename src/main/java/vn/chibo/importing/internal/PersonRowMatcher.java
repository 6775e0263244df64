package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.ExistingPerson;
import vn.chibo.people.PersonBulkEntry.NewPerson;
import vn.chibo.shared.security.CurrentUser;


/**
 * Decides what each people row does. A row is the same person as an existing record when the identity number is
 * the same, or, without one, when the full name, birth date and organization are; then it leaves the record
 * unchanged or updates its details (never its organization or party status, which change by transfer and status
 * steps with their history). Same name and birth date elsewhere is a warning: likely the same person.
 */
final class PersonRowMatcher {

    private static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PersonBulkEntry people;
    private final Issues issues;
    /**
     * At commit a new person's row is not validated again here: its values passed the form's rules in the preview,
     * and what can have changed since (the organization ended or left the scope, the identity number taken) the
     * people module's bulk path checks under its locks.
     */
    private final boolean atCommit;
    private PersonBulkEntry.Checks checks;

    PersonRowMatcher(PersonBulkEntry people, Issues issues, boolean atCommit) {
        this.people = people;
        this.issues = issues;
        this.atCommit = atCommit;
    }

    List<Plan.Step> plan(List<PeopleImport.PersonRow> rows) {
        PersonMatches matches = new PersonMatches(people,
                rows.stream().map(r -> r.person().identityNumber()).toList(),
                rows.stream().map(r -> r.person().fullName()).toList());
        java.util.Set<Long> organizationIds = new java.util.HashSet<>();
        rows.forEach(r -> {
            organizationIds.add(r.person().organizationId());
            r.candidates().forEach(o -> organizationIds.add(o.id()));
        });
        checks = people.checks(organizationIds);
        Map<String, Integer> identityRows = new HashMap<>();
        Map<String, Integer> nameRows = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        for (PeopleImport.PersonRow candidate : rows) {
            PeopleImport.PersonRow row = placed(candidate, matches);
            if (row == null) {
                continue;
            }
            NewPerson person = row.person();
            if (person.identityNumber() != null) {
                Integer earlier = identityRows.putIfAbsent(person.identityNumber(), row.number());
                if (earlier != null) {
                    issues.error(row.number(), PeopleImport.IDENTITY.key(), "import.error.duplicateInFile", earlier);
                    continue;
                }
            }
            String nameKey = PersonMatches.key(person.fullName(), person.birthDate()) + "|" + person.organizationId();
            Integer sameRow = person.birthDate() == null ? null : nameRows.putIfAbsent(nameKey, row.number());
            if (sameRow != null) {
                issues.warning(row.number(), PeopleImport.FULL_NAME.key(), "import.warning.sameInFile", sameRow);
            }
            ExistingPerson existing = match(row, matches);
            Plan.Step step = existing == null ? create(row) : existingStep(row, existing);
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * A row whose organization name is not unique in the scope (ChiBo's export names a cell only by its name) is
     * placed in the one of those organizations where the person it matches is recorded; otherwise it is an error.
     */
    private PeopleImport.PersonRow placed(PeopleImport.PersonRow row, PersonMatches matches) {
        if (row.organization() != null) {
            return row;
        }
        NewPerson person = row.person();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        row.candidates().forEach(o -> ids.add(o.id()));
        ExistingPerson byNumber = matches.byIdentityNumber(person.identityNumber());
        List<ExistingPerson> found = byNumber != null ? List.of(byNumber)
                : matches.sameNameAndBirth(person.fullName(), person.birthDate());
        List<Long> where = found.stream().map(ExistingPerson::organizationId).filter(ids::contains).distinct().toList();
        if (where.size() != 1) {
            issues.error(row.number(), PeopleImport.ORGANIZATION.key(), "import.error.organizationAmbiguous",
                    row.organizationText());
            return null;
        }
        return row.in(row.candidates().stream().filter(o -> o.id() == where.get(0)).findFirst().orElseThrow());
    }

    /** The existing record this row is, or null (with warnings for likely duplicates). */
    private ExistingPerson match(PeopleImport.PersonRow row, PersonMatches matches) {
        NewPerson person = row.person();
        ExistingPerson byNumber = matches.byIdentityNumber(person.identityNumber());
        if (byNumber != null) {
            return byNumber;
        }
        ExistingPerson same = null;
        for (ExistingPerson candidate : matches.sameNameAndBirth(person.fullName(), person.birthDate())) {
            boolean sameOrganization = candidate.organizationId() == person.organizationId();
            boolean numbersAgree = candidate.identityNumber() == null || person.identityNumber() == null;
            if (sameOrganization && numbersAgree && same == null) {
                same = candidate;
            } else if (numbersAgree) {
                issues.warning(row.number(), PeopleImport.FULL_NAME.key(), "import.warning.likelyDuplicate",
                        candidate.fullName(), candidate.birthDate() == null ? "—" : DMY.format(candidate.birthDate()), candidate.id());
            }
        }
        return same;
    }

    private Plan.Step create(PeopleImport.PersonRow row) {
        if (atCommit) {
            return new PersonSteps.Create(people, row);
        }
        Optional<PersonBulkEntry.Problem> problem = checks.check(row.person());
        if (problem.isPresent()) {
            issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(), problem.get().arguments());
            return null;
        }
        if (row.role() != null && !row.person().partyStatus().isMember()) {
            issues.error(row.number(), PeopleImport.ROLE.key(), "person.error.roleNeedsMember");
            return null;
        }
        return new PersonSteps.Create(people, row);
    }

    private Plan.Step existingStep(PeopleImport.PersonRow row, ExistingPerson existing) {
        NewPerson person = row.person();
        if (!CurrentUser.get().canSee(existing.orgPath())) {
            issues.error(row.number(), PeopleImport.IDENTITY.key(), "import.error.personElsewhere");
            return null;
        }
        if (existing.organizationId() != person.organizationId()) {
            issues.error(row.number(), PeopleImport.ORGANIZATION.key(), "import.error.existingOtherOrganization", existing.id());
            return null;
        }
        if (row.given().contains(PeopleImport.STATUS.key()) && existing.partyStatus() != person.partyStatus()) {
            issues.error(row.number(), PeopleImport.STATUS.key(), "import.error.existingOtherStatus", existing.id());
            return null;
        }
        if (differs(person.admittedOn(), existing.admittedOn()) || differs(person.officialSince(), existing.officialSince())) {
            issues.error(row.number(), differs(person.admittedOn(), existing.admittedOn()) ? PeopleImport.ADMITTED.key()
                    : PeopleImport.OFFICIAL.key(), "import.error.existingOtherDate", existing.id());
            return null;
        }
        if (row.role() != null) {
            issues.warning(row.number(), PeopleImport.ROLE.key(), "import.warning.roleOfExisting", existing.id());
        }
        NewPerson merged = merged(person, existing);
        if (sameDetails(merged, existing)) {
            return new PersonSteps.Unchanged(row.number(), existing.id());
        }
        Optional<PersonBulkEntry.Problem> problem = checks.check(merged);
        if (problem.isPresent()) {
            issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(), problem.get().arguments());
            return null;
        }
        issues.warning(row.number(), null, "import.warning.willUpdate", existing.id());
        return new PersonSteps.Update(people, row.number(), existing.id(), merged, existing.version());
    }

    private static boolean differs(LocalDate given, LocalDate recorded) {
        return given != null && !given.equals(recorded);
    }

    /** An empty cell keeps what the record holds: an import adds and corrects, it never blanks a field. */
    private static NewPerson merged(NewPerson row, ExistingPerson existing) {
        return new NewPerson(row.fullName(), or(row.birthDate(), existing.birthDate()), or(row.gender(), existing.gender()),
                or(row.identityNumber(), existing.identityNumber()), or(row.militaryRank(), existing.militaryRank()),
                or(row.positionTitle(), existing.positionTitle()), or(row.education(), existing.education()),
                or(row.phone(), existing.phone()), existing.organizationId(), existing.partyStatus(), row.sympathiserSince(),
                existing.admittedOn(), existing.officialSince());
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static boolean sameDetails(NewPerson person, ExistingPerson existing) {
        return Objects.equals(person.fullName(), existing.fullName()) && Objects.equals(person.birthDate(), existing.birthDate())
                && person.gender() == existing.gender() && Objects.equals(person.identityNumber(), existing.identityNumber())
                && Objects.equals(person.militaryRank(), existing.militaryRank())
                && Objects.equals(person.positionTitle(), existing.positionTitle())
                && Objects.equals(person.education(), existing.education()) && Objects.equals(person.phone(), existing.phone());
    }

    static String column(String field) {
        return switch (field == null ? "" : field) {
            case "birthDate" -> PeopleImport.BIRTH_DATE.key();
            case "gender" -> PeopleImport.GENDER.key();
            case "identityNumber" -> PeopleImport.IDENTITY.key();
            case "militaryRank" -> PeopleImport.RANK.key();
            case "positionTitle" -> PeopleImport.POSITION.key();
            case "education" -> PeopleImport.EDUCATION.key();
            case "phone" -> PeopleImport.PHONE.key();
            case "organizationId" -> PeopleImport.ORGANIZATION.key();
            case "partyStatus" -> PeopleImport.STATUS.key();
            case "sympathiserSince" -> PeopleImport.SYMPATHISER.key();
            case "admittedOn" -> PeopleImport.ADMITTED.key();
            case "officialSince" -> PeopleImport.OFFICIAL.key();
            default -> PeopleImport.FULL_NAME.key();
        };
    }
}
