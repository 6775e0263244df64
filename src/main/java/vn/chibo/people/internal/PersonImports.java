package vn.chibo.people.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;

/** The people module's side of bulk loading: the form's rules and writes through {@link PersonService}. */
@Service
@Transactional(readOnly = true)
class PersonImports implements PersonBulkEntry {

    /** Bind lists stay far below the driver's 65,535 parameters. */
    private static final int CHUNK = 1000;
    private static final String COLUMNS = "select p.id, p.full_name, p.birth_date, p.gender, p.identity_number, p.military_rank,"
            + " p.position_title, p.education, p.phone, p.organization_id, p.org_path, p.party_status, p.admitted_on,"
            + " p.official_since, p.version from person p";

    private final PersonService people;
    private final OrganizationDirectory organizations;
    private final Validator validator;
    private final JdbcClient jdbc;

    private final PersonBulkWriter bulk;

    PersonImports(PersonService people, OrganizationDirectory organizations, Validator validator, JdbcClient jdbc,
                  PersonBulkWriter bulk) {
        this.bulk = bulk;
        this.people = people;
        this.organizations = organizations;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Problem> check(NewPerson person) {
        return checks(List.of(person.organizationId())).check(person);
    }

    @Override
    public Checks checks(Collection<Long> organizationIds) {
        Map<Long, OrganizationRef> placed = organizations.findAll(organizationIds);
        ChiboUser user = CurrentUser.get();
        return person -> {
            PersonForm form = form(person);
            for (ConstraintViolation<PersonForm> violation : validator.validate(form)) {
                return Optional.of(new Problem(violation.getPropertyPath().toString(), "person.error.invalidField"));
            }
            OrganizationRef organization = placed.containsKey(person.organizationId()) ? placed.get(person.organizationId())
                    : organizations.find(person.organizationId()).orElse(null);
            Optional<Problem> placement = PersonBulkWriter.placementProblem(organization, user);
            if (placement.isPresent()) {
                return placement;
            }
            PartyStatus status = person.partyStatus() == null ? PartyStatus.MASS : person.partyStatus();
            if (!status.isCurrent()) {
                return Optional.of(new Problem("partyStatus", "person.error.initialStatus"));
            }
            try {
                PersonRules.checkDates(form, status);
            } catch (BusinessRuleException e) {
                return Optional.of(new Problem(e.field(), e.messageKey(), e.arguments()));
            }
            return Optional.empty();
        };
    }

    @Override
    @Transactional
    public List<Long> createAll(List<NewPersonWithRole> newPeople, String source) {
        return bulk.createAll(newPeople, source);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void refreshStatistics() {
        bulk.refreshStatistics();
    }

    @Override
    @Transactional
    public PersonRef create(NewPerson person) {
        return people.create(form(person)).toRef();
    }

    @Override
    @Transactional
    public PersonRef updateDetails(long id, NewPerson person, long expectedVersion) {
        PersonForm form = PersonForm.of(people.get(id));
        PersonForm details = form(person);
        form.setFullName(details.getFullName());
        form.setBirthDate(details.getBirthDate());
        form.setGender(details.getGender());
        form.setIdentityNumber(details.getIdentityNumber());
        form.setMilitaryRank(details.getMilitaryRank());
        form.setPositionTitle(details.getPositionTitle());
        form.setEducation(details.getEducation());
        form.setPhone(details.getPhone());
        form.setVersion(expectedVersion);
        return people.update(id, form).toRef();
    }

    @Override
    @Transactional
    public void assignRole(long personId, long organizationId, PartyPosition role, LocalDate from) {
        people.assignRole(personId, organizationId, role, from);
    }

    @Override
    public Map<String, ExistingPerson> byIdentityNumbers(Collection<String> identityNumbers) {
        Map<String, ExistingPerson> found = new HashMap<>();
        for (List<String> chunk : chunks(identityNumbers)) {
            jdbc.sql(COLUMNS + " where p.identity_number in (:n)").param("n", chunk)
                    .query(PersonImports::existing).list()
                    .forEach(p -> found.put(p.identityNumber(), p));
        }
        FreeIdentityNumbers.noted(identityNumbers, found.keySet());
        return found;
    }

    @Override
    public List<ExistingPerson> byFullNames(Collection<String> fullNames) {
        List<ExistingPerson> found = new ArrayList<>();
        for (List<String> chunk : chunks(fullNames.stream().map(VietnameseText::clean).distinct().toList())) {
            found.addAll(jdbc.sql(COLUMNS + " where p.full_name in (:n)").param("n", chunk)
                    .query(PersonImports::existing).list());
        }
        return found;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static ExistingPerson existing(ResultSet rs, int n) throws SQLException {
        return new ExistingPerson(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                Gender.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getLong(10), rs.getString(11), PartyStatus.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getLong(15));
    }

    static PersonForm form(NewPerson person) {
        PersonForm form = new PersonForm();
        form.setFullName(person.fullName());
        form.setBirthDate(person.birthDate());
        form.setGender(person.gender());
        form.setIdentityNumber(person.identityNumber());
        form.setMilitaryRank(person.militaryRank());
        form.setPositionTitle(person.positionTitle());
        form.setEducation(person.education());
        form.setPhone(person.phone());
        form.setOrganizationId(person.organizationId());
        form.setPartyStatus(person.partyStatus());
        form.setSympathiserSince(person.sympathiserSince());
        form.setAdmittedOn(person.admittedOn());
        form.setOfficialSince(person.officialSince());
        return form;
    }
}
