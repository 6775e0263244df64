package vn.chibo.emulation.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.rules.SubjectKind;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Deploying a model (kế hoạch triển khai) to chosen subjects, and finding the programmes the account
 * sees: a programme is seen where it applies, and by the members it judges. Also its review periods.
 */
@Component
class ProgrammeDeployment {

    private final ProgrammeRepository programmes;
    private final ProgrammeSubjectRepository subjects;
    private final RegistrationRepository registrations;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeDeployment(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, RegistrationRepository registrations,
                        RulebookService rulebooks, OrganizationDirectory organizations, PersonDirectory people,
                        ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.subjects = subjects;
        this.registrations = registrations;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Where a programme applies: its organization's subtree, seen from inside or from above. */
    static boolean visibleTo(ChiboUser user, String path) {
        return user.canSeeOrWorksUnder(path);
    }

    List<Programme> visible() {
        ChiboUser user = CurrentUser.get();
        return programmes.findAllByOrderByYearDescIdDesc().stream().filter(p -> visibleTo(user, p.getOrgPath())).toList();
    }

    Programme get(long id) {
        ChiboUser user = CurrentUser.get();
        return programmes.findById(id).filter(p -> visibleTo(user, p.getOrgPath()) || takesPartAsMember(user, p))
                .orElseThrow(() -> new NotFoundException("Programme", id));
    }

    /** A member sees a programme that judges members when his cell takes part in it or he registered for it. */
    private boolean takesPartAsMember(ChiboUser user, Programme programme) {
        if (user.personId() == null || !judgesMembers(programme)) {
            return false;
        }
        return registrations.findByProgrammeIdAndPersonId(programme.getId(), user.personId()).isPresent()
                || people.find(user.personId()).filter(person -> person.partyStatus().isMember())
                .map(person -> subjects.existsByProgrammeIdAndOrganizationId(programme.getId(), person.organizationId()))
                .orElse(false);
    }

    /** True when the programme's model judges party members (Đảng viên 5 tốt) rather than organizations. */
    boolean judgesMembers(Programme programme) {
        return rulebooks.find(programme.getRulebookId()).map(r -> r.getSubjectKind() == SubjectKind.MEMBER).orElse(false);
    }

    /** The rulebook a visible programme was deployed with (readable by whoever sees the programme). */
    Rulebook rulebookOf(Programme programme) {
        return rulebooks.find(programme.getRulebookId()).orElseThrow();
    }

    /** Rulebooks a programme can deploy: published emulation models for organizations, in force that year. */
    List<Rulebook> deployable(int year) {
        return rulebooks.visible().stream()
                .filter(r -> r.getKind() == Rulebook.Kind.EMULATION_MODEL && r.getStatus() == Rulebook.Status.PUBLISHED)
                .filter(r -> subjectTypes(r.getSubjectKind()) != null && r.appliesTo(year))
                .toList();
    }

    /**
     * Organization types a programme of the rulebook is deployed to: its subjects, or for a model that
     * judges members, the cells whose members are its subjects; {@code null} when it cannot be deployed.
     */
    static Set<OrganizationType> subjectTypes(SubjectKind kind) {
        return switch (kind) {
            case CELL, MEMBER -> EnumSet.of(OrganizationType.CELL);
            case COMMITTEE -> EnumSet.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE);
            case UNIT, ORGANIZATION -> EnumSet.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE,
                    OrganizationType.CELL);
            case ORGANIZATIONS_AND_MEMBERS -> null;
        };
    }

    /** Organizations under {@code organizationId} that the rulebook could be deployed to. */
    List<OrganizationRef> candidates(long rulebookId, long organizationId) {
        Rulebook rulebook = rulebooks.get(rulebookId);
        OrganizationRef organization = organizations.requireVisible(organizationId);
        Set<OrganizationType> types = subjectTypes(rulebook.getSubjectKind());
        return types == null ? List.of() : organizations.activeInSubtree(organization.path(), types);
    }

    Programme create(long rulebookId, int year, String name, long organizationId, Collection<Long> chosenSubjects,
                     BigDecimal targetPercent) {
        ChiboUser user = CurrentUser.get();
        Rulebook rulebook = rulebooks.get(rulebookId);
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!user.may(Permission.DEPLOY_MODELS)) {
            throw new ForbiddenException("deploy a model");
        }
        if (rulebook.getKind() != Rulebook.Kind.EMULATION_MODEL || rulebook.getStatus() != Rulebook.Status.PUBLISHED
                || subjectTypes(rulebook.getSubjectKind()) == null) {
            throw new BusinessRuleException("rulebookId", "programme.error.rulebook");
        }
        if (!rulebook.appliesTo(year)) {
            throw new BusinessRuleException("year", "programme.error.year");
        }
        if (targetPercent == null || targetPercent.signum() < 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException("targetPercent", "programme.error.target");
        }
        String cleanName = VietnameseText.clean(name);
        if (cleanName == null || cleanName.length() > 255) {
            throw new BusinessRuleException("name", "programme.error.name");
        }
        Map<Long, OrganizationRef> eligible = candidates(rulebookId, organizationId).stream()
                .collect(Collectors.toMap(OrganizationRef::id, o -> o, (a, b) -> a, LinkedHashMap::new));
        Set<Long> chosen = new HashSet<>(chosenSubjects);
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("subjectIds", "programme.error.noSubjects");
        }
        if (!eligible.keySet().containsAll(chosen)) {
            throw new BusinessRuleException("subjectIds", "programme.error.notEligible");
        }
        Programme programme = programmes.save(new Programme(rulebookId, year, cleanName, organization.id(), organization.path(),
                chosen.size() < eligible.size(), targetPercent, user.getUsername(), clock.instant()));
        for (Long id : chosen) {
            subjects.save(new ProgrammeSubject(programme.getId(), id, eligible.get(id).path()));
        }
        rulebook.markInUse();
        events.publishEvent(AuditRecord.of("CREATE", "Programme", programme.getId(), programme.getOrgPath(), cleanName,
                Changes.created(Map.of("rulebook", rulebook.getCode() + " r" + rulebook.getRevision(), "year", year,
                        "subjects", chosen.size(), "subjectKind", rulebook.getSubjectKind(), "targetPercent", targetPercent))));
        return programme;
    }

    String currentPeriod(Programme programme) {
        RulebookDefinition definition = rulebooks.definition(rulebookOf(programme));
        LocalDate today = LocalDate.now(clock);
        LocalDate inYear = today.getYear() == programme.getYear() ? today
                : today.getYear() > programme.getYear() ? LocalDate.of(programme.getYear(), 12, 31) : LocalDate.of(programme.getYear(), 1, 1);
        return ReviewPeriod.of(definition.reviewFrequency(), inYear);
    }

    /** Review periods of the programme's year up to now, latest first. */
    List<String> periods(Programme programme) {
        RulebookDefinition.ReviewFrequency frequency = rulebooks.definition(rulebookOf(programme)).reviewFrequency();
        List<String> periods = new ArrayList<>();
        LocalDate end = LocalDate.now(clock).getYear() > programme.getYear() ? LocalDate.of(programme.getYear(), 12, 31) : LocalDate.now(clock);
        for (YearMonth month = YearMonth.of(programme.getYear(), 1); !month.atDay(1).isAfter(end); month = month.plusMonths(1)) {
            String period = ReviewPeriod.of(frequency, month.atDay(1));
            if (!periods.contains(period)) {
                periods.add(0, period);
            }
        }
        String yearEnd = String.valueOf(programme.getYear());
        if (!periods.contains(yearEnd)) {
            periods.add(0, yearEnd);
        }
        return periods;
    }
}
