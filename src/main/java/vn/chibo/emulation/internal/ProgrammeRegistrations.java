package vn.chibo.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** Registering for a programme (đăng ký thi đua): an organization, or a member for a model that judges members; and who works on a registration. */
@Component
class ProgrammeRegistrations {

    /** uk_registration and uk_registration_person (V9): one registration of a subject in a programme. */
    private static final String ONE_REGISTRATION = "uk_registration";

    private final ProgrammeRepository programmes;
    private final ProgrammeSubjectRepository subjects;
    private final RegistrationRepository registrations;
    private final ProgrammeDeployment deployment;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeRegistrations(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, RegistrationRepository registrations,
                           ProgrammeDeployment deployment, OrganizationDirectory organizations, PersonDirectory people,
                           ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.subjects = subjects;
        this.registrations = registrations;
        this.deployment = deployment;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    Registration register(long programmeId, long organizationId, LocalDate registeredOn, String meetingReference) {
        Programme programme = deployment.get(programmeId);
        OrganizationRef organization = organizations.requireVisible(organizationId);
        requireMayWork();
        if (deployment.judgesMembers(programme)) {
            throw new BusinessRuleException("organizationId", "programme.error.membersRegister");
        }
        if (!subjects.existsByProgrammeIdAndOrganizationId(programmeId, organizationId)) {
            throw new BusinessRuleException("organizationId", "programme.error.notASubject");
        }
        if (registrations.findByProgrammeIdAndOrganizationId(programmeId, organizationId).isPresent()) {
            throw new DuplicateRecordException("organizationId", "programme.error.alreadyRegistered");
        }
        if (registeredOn == null || registeredOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("registeredOn", "validation.date.notFuture");
        }
        String reference = VietnameseText.clean(meetingReference);
        if (reference == null || reference.length() > 500) {
            throw new BusinessRuleException("meetingReference", "programme.error.meetingReference");
        }
        Registration registration = DuplicateRecordException.guard(ONE_REGISTRATION,
                () -> registrations.saveAndFlush(new Registration(programmeId, organization.id(), organization.path(),
                        registeredOn, reference, CurrentUser.actorName(), clock.instant())),
                () -> new DuplicateRecordException("organizationId", "programme.error.alreadyRegistered"));
        events.publishEvent(AuditRecord.of("REGISTER", "Registration", registration.getId(), organization.path(),
                programme.getName() + " — " + organization.name(), Changes.created(Map.of("meetingReference", reference,
                        "registeredOn", registeredOn))));
        return registration;
    }

    /**
     * A member registers himself (or his cell's secretary registers him) for a programme whose model
     * judges members, when his cell takes part in it. Another member's registration cannot be made:
     * that member is not found.
     */
    Registration registerMember(long programmeId, long personId, LocalDate registeredOn, String meetingReference) {
        ChiboUser user = CurrentUser.get();
        PersonRef person = people.find(personId).filter(p -> user.canSeePerson(p.id(), p.orgPath()))
                .orElseThrow(() -> new NotFoundException("Person", personId));
        Programme programme = deployment.get(programmeId);
        boolean self = Long.valueOf(personId).equals(user.personId());
        if (!self && user.role() != Role.SECRETARY && !user.isAdmin()) {
            throw new ForbiddenException("register another member");
        }
        if (!deployment.judgesMembers(programme)) {
            throw new BusinessRuleException("personId", "programme.error.notMemberModel");
        }
        if (!person.partyStatus().isMember()) {
            throw new BusinessRuleException("personId", "programme.error.notAMember");
        }
        if (!subjects.existsByProgrammeIdAndOrganizationId(programmeId, person.organizationId())) {
            throw new BusinessRuleException("personId", "programme.error.cellNotASubject");
        }
        if (registrations.findByProgrammeIdAndPersonId(programmeId, personId).isPresent()) {
            throw new DuplicateRecordException("personId", "programme.error.memberAlreadyRegistered");
        }
        if (registeredOn == null || registeredOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("registeredOn", "validation.date.notFuture");
        }
        String reference = VietnameseText.clean(meetingReference);
        if (reference == null || reference.length() > 500) {
            throw new BusinessRuleException("meetingReference", "programme.error.meetingReference");
        }
        Registration registration = DuplicateRecordException.guard(ONE_REGISTRATION,
                () -> registrations.saveAndFlush(Registration.ofMember(programmeId, personId, person.organizationId(),
                        person.orgPath(), registeredOn, reference, CurrentUser.actorName(), clock.instant())),
                () -> new DuplicateRecordException("personId", "programme.error.memberAlreadyRegistered"));
        events.publishEvent(AuditRecord.of("REGISTER", "Registration", registration.getId(), person.orgPath(),
                programme.getName() + " — " + person.fullName(), Changes.created(Map.of("personId", personId,
                        "meetingReference", reference, "registeredOn", registeredOn))));
        return registration;
    }

    /** A registration in the account's scope, or the member's own; otherwise not found. */
    Registration registration(long id) {
        ChiboUser user = CurrentUser.get();
        return registrations.findById(id).filter(r -> user.canSee(r.getOrgPath()) || isOwn(user, r))
                .orElseThrow(() -> new NotFoundException("Registration", id));
    }

    private static boolean isOwn(ChiboUser user, Registration registration) {
        return registration.getPersonId() != null && registration.getPersonId().equals(user.personId());
    }

    /**
     * Who may fill in a registration (plan, self-review, evidence, self-assessment): for an
     * organization's, its secretaries, officers and administrators; for a member's, the member
     * himself, or his cell's secretary (and administrators) on his behalf.
     */
    boolean mayWorkOn(Registration registration) {
        ChiboUser user = CurrentUser.get();
        if (registration.isMember()) {
            return isOwn(user, registration)
                    || ((user.role() == Role.SECRETARY || user.isAdmin()) && user.canSee(registration.getOrgPath()));
        }
        return mayWork();
    }

    void requireMayWorkOn(Registration registration) {
        if (!mayWorkOn(registration)) {
            throw new ForbiddenException("work on this emulation registration");
        }
    }

    /** The programme of a visible registration (a member may not browse the programme itself). */
    Programme programmeOf(Registration registration) {
        return programmes.findById(registration.getProgrammeId()).orElseThrow();
    }

    /** Secretaries, officers and administrators work on registrations in their subtree; inspectors and members read. */
    boolean mayWork() {
        return CurrentUser.get().may(Permission.WORK_ON_MODELS);
    }

    private void requireMayWork() {
        if (!mayWork()) {
            throw new ForbiddenException("work on emulation registrations");
        }
    }

    /** The member a registration belongs to ({@code null} for an organization's registration). */
    PersonRef memberOf(Registration registration) {
        return registration.getPersonId() == null ? null : people.find(registration.getPersonId()).orElse(null);
    }
}
