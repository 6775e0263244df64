package vn.chibo.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonBulkEntry.NewPerson;
import vn.chibo.people.PersonBulkEntry.NewPersonWithRole;
import vn.chibo.people.PersonBulkEntry.Problem;
import vn.chibo.people.PersonBulkEntry.Refused;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.AuditRecords;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Creates many people in one go under the rules of {@link PersonService#create}: the organizations are locked once
 * per transaction (not once per person or per run), identity numbers are checked against the table in sets of a
 * thousand unless this transaction found them free already ({@link FreeIdentityNumbers}), and the
 * person, status-history, membership and role rows go in JDBC batches ({@link PersonRows}). The audit gets one
 * record per {@value #AUDIT_EVERY} people naming each of them and the source (e.g. the import batch), all stored in
 * one JDBC batch ({@link AuditRecords}).
 */
@Component
class PersonBulkWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonBulkWriter.class);
    static final String ENTITY = "Person";
    static final String ACTION = "CREATE_BULK";
    /** People named per audit record: keeps the record's changes well inside its column. */
    static final int AUDIT_EVERY = 250;

    private final OrganizationBulkEntry organizations;
    private final PersonRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonBulkWriter(OrganizationBulkEntry organizations, PersonRows rows, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    List<Long> createAll(List<NewPersonWithRole> people, String source) {
        if (people.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        ChiboUser user = CurrentUser.get();
        PeopleAccess.requireMayChange(user);
        Map<Long, OrganizationRef> placed = organizations.lockVisible(
                people.stream().map(p -> p.person().organizationId()).toList());
        List<PersonRows.NewRow> checked = new ArrayList<>(people.size());
        long locked = System.nanoTime();
        for (int i = 0; i < people.size(); i++) {
            checked.add(checked(i, people.get(i), placed));
        }
        long rowsChecked = System.nanoTime();
        requireIdentityNumbersFree(checked);
        long numbersChecked = System.nanoTime();
        List<Long> ids = rows.insert(checked, user.getUsername(), clock.instant(), LocalDate.now(clock));
        long inserted = System.nanoTime();
        FreeIdentityNumbers.taken(checked.stream().map(PersonRows.NewRow::identityNumber).toList());
        audit(checked, ids, source);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} people: organizations {} ms, row checks {} ms, identity numbers {} ms, insert {} ms, audit {} ms",
                    people.size(), (locked - start) / 1_000_000, (rowsChecked - locked) / 1_000_000,
                    (numbersChecked - rowsChecked) / 1_000_000, (inserted - numbersChecked) / 1_000_000,
                    (System.nanoTime() - inserted) / 1_000_000);
        }
        return ids;
    }

    private PersonRows.NewRow checked(int index, NewPersonWithRole entry, Map<Long, OrganizationRef> placed) {
        NewPerson person = entry.person();
        OrganizationRef organization = placed.get(person.organizationId());
        if (organization == null) {
            throw new Refused(index, new Problem("organizationId", "person.error.organizationOutOfScope"));
        }
        if (!organization.active()) {
            throw new Refused(index, new Problem("organizationId", "organization.error.parentEnded"));
        }
        PartyStatus status = person.partyStatus() == null ? PartyStatus.MASS : person.partyStatus();
        if (!status.isCurrent()) {
            throw new Refused(index, new Problem("partyStatus", "person.error.initialStatus"));
        }
        try {
            PersonRules.checkDates(PersonImports.form(person), status);
        } catch (BusinessRuleException e) {
            throw new Refused(index, new Problem(e.field(), e.messageKey(), e.arguments()));
        }
        if (entry.role() != null && (!status.isMember() || entry.roleFrom() == null)) {
            throw new Refused(index, new Problem("role", "person.error.roleNeedsMember"));
        }
        // The same cleaning and keys as Person.applyDetails, so that a bulk row reads like a form's.
        String fullName = VietnameseText.clean(person.fullName());
        if (fullName == null || person.gender() == null) {
            throw new Refused(index, new Problem(fullName == null ? "fullName" : "gender", "person.error.invalidField"));
        }
        return new PersonRows.NewRow(index, fullName, VietnameseText.searchKey(fullName),
                VietnameseText.personSortKey(fullName), person.birthDate(), person.gender(),
                VietnameseText.clean(person.identityNumber()), VietnameseText.clean(person.militaryRank()),
                VietnameseText.clean(person.positionTitle()), VietnameseText.clean(person.education()),
                VietnameseText.clean(person.phone()), organization.id(), organization.path(), status,
                person.sympathiserSince(), person.admittedOn(), person.officialSince(), entry.role(), entry.roleFrom());
    }

    /** Unique across the system: neither taken by a recorded person nor twice in this load. */
    private void requireIdentityNumbersFree(List<PersonRows.NewRow> checked) {
        Map<String, Integer> byNumber = new HashMap<>();
        for (PersonRows.NewRow row : checked) {
            if (row.identityNumber() != null && byNumber.putIfAbsent(row.identityNumber(), row.index()) != null) {
                throw new Refused(row.index(), new Problem("identityNumber", "person.error.identityNumberTaken"));
            }
        }
        Set<String> free = FreeIdentityNumbers.inThisTransaction();
        Set<String> taken = new HashSet<>(rows.takenIdentityNumbers(
                byNumber.keySet().stream().filter(number -> !free.contains(number)).toList()));
        checked.stream().filter(r -> r.identityNumber() != null && taken.contains(r.identityNumber())).findFirst()
                .ifPresent(r -> {
                    throw new Refused(r.index(), new Problem("identityNumber", "person.error.identityNumberTaken"));
                });
    }

    private void audit(List<PersonRows.NewRow> checked, List<Long> ids, String source) {
        List<AuditRecord> records = new ArrayList<>();
        for (int from = 0; from < checked.size(); from += AUDIT_EVERY) {
            int to = Math.min(checked.size(), from + AUDIT_EVERY);
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("source", new Object[] {null, source});
            changes.put("count", new Object[] {null, to - from});
            String path = null;
            for (int i = from; i < to; i++) {
                PersonRows.NewRow row = checked.get(i);
                changes.put(String.valueOf(ids.get(i)), new Object[] {null, row.fullName() + " · " + row.orgPath()});
                path = commonPath(path, row.orgPath());
            }
            records.add(AuditRecord.of(ACTION, ENTITY, null, path, source + " · " + (to - from), changes));
        }
        events.publishEvent(new AuditRecords(records));
    }

    /** ANALYZE of the tables a load wrote, on PostgreSQL (H2 keeps no planner statistics worth refreshing). */
    void refreshStatistics() {
        rows.analyze();
    }

    /** The deepest organization path both paths lie under ({@code /1/11/14/} and {@code /1/11/15/} give {@code /1/11/}). */
    static String commonPath(String a, String b) {
        if (a == null) {
            return b;
        }
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, end);
    }

    /** The form's checks with the organizations read once per load. */
    static Optional<Problem> placementProblem(OrganizationRef organization, ChiboUser user) {
        if (organization == null || !PeopleAccess.mayChangeIn(user, organization.path())) {
            return Optional.of(new Problem("organizationId", "person.error.organizationOutOfScope"));
        }
        if (!organization.active()) {
            return Optional.of(new Problem("organizationId", "organization.error.parentEnded"));
        }
        return Optional.empty();
    }
}
