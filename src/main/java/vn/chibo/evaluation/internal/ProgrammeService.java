package vn.chibo.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.evaluation.IndicatorSource;
import vn.chibo.evaluation.SubjectKind;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Deploying a model (kế hoạch triển khai), registering for it (đăng ký thi đua), planning each
 * criterion and reviewing it periodically (tự rà soát) — scoped like everything else: a programme
 * is seen where it applies, a registration by whoever may see its organization.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService implements vn.chibo.evaluation.EmulationOverview {

    private final ProgrammeRepository programmes;
    private final ProgrammeSubjectRepository subjects;
    /** uk_registration and uk_registration_person (V9): one registration of a subject in a programme. */
    private static final String ONE_REGISTRATION = "uk_registration";

    private final RegistrationRepository registrations;
    private final PlanItemRepository planItems;
    private final SelfReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Map<String, IndicatorSource> sources;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, RegistrationRepository registrations,
                     PlanItemRepository planItems, SelfReviewRepository reviews, AssessmentRepository assessments,
                     RulebookService rulebooks,
                     OrganizationDirectory organizations, PersonDirectory people, List<IndicatorSource> sources,
                     ApplicationEventPublisher events, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.programmes = programmes;
        this.subjects = subjects;
        this.registrations = registrations;
        this.planItems = planItems;
        this.reviews = reviews;
        this.assessments = assessments;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.sources = sources.stream().collect(Collectors.toMap(IndicatorSource::key, Function.identity(), (a, b) -> a));
        this.events = events;
        this.clock = clock;
    }

    // ---- programmes --------------------------------------------------------------------------

    /** Where a programme applies: its organization's subtree, seen from inside or from above. */
    static boolean visibleTo(ChiboUser user, String path) {
        if (user.isAdmin() || user.canSee(path)) {
            return true;
        }
        String scope = user.scopePath();
        return user.role() != Role.MEMBER && scope != null && scope.startsWith(path);
    }

    public List<Programme> visible() {
        ChiboUser user = CurrentUser.get();
        return programmes.findAllByOrderByYearDescIdDesc().stream().filter(p -> visibleTo(user, p.getOrgPath())).toList();
    }

    /** Figures by counting in the database, without loading the subjects (the start page of a whole region). */
    @Override
    public List<ProgrammeFigures> currentYear() {
        ChiboUser user = CurrentUser.get();
        int year = LocalDate.now(clock).getYear();
        String scope = user.isAdmin() ? "/" : user.scopePath();
        if (scope == null || !(scope.equals("/") || Subtree.isPath(scope))) {
            return List.of();
        }
        String within = Subtree.ofPrefix(scope).sql("s.org_path");
        return visible().stream().filter(p -> p.getYear() == year).map(p -> {
            String period = currentPeriod(p);
            if (judgesMembers(p)) {
                Summary members = memberSummary(p, scope);
                return new ProgrammeFigures(p.getId(), p.getName(), p.getYear(), members.subjects(), members.registered(),
                        members.reviewed(), period, members.recognised(), members.target());
            }
            int subjectCount = count("select count(*) from programme_subject s where s.programme_id = :p and " + within, p, null);
            int registered = count("select count(*) from registration s where s.programme_id = :p and " + within, p, null);
            int reviewed = count("select count(distinct s.id) from registration s join self_review r on r.registration_id = s.id"
                    + " where s.programme_id = :p and r.review_period = :period and " + within, p, period);
            int recognised = count("select count(*) from registration s join assessment a on a.registration_id = s.id"
                    + " where s.programme_id = :p and a.status = 'DECIDED' and a.decided_recognised = true and " + within, p, null);
            int target = BigDecimal.valueOf(subjectCount).multiply(p.getTargetPercent())
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
            return new ProgrammeFigures(p.getId(), p.getName(), p.getYear(), subjectCount, registered, reviewed, period,
                    recognised, target);
        }).filter(f -> f.subjects() > 0).toList();
    }

    private int count(String sql, Programme programme, String period) {
        var statement = jdbc.sql(sql).param("p", programme.getId());
        if (period != null) {
            statement = statement.param("period", period);
        }
        return statement.query(Integer.class).single();
    }

    public Programme get(long id) {
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
    public boolean judgesMembers(Programme programme) {
        return rulebooks.find(programme.getRulebookId()).map(r -> r.getSubjectKind() == SubjectKind.MEMBER).orElse(false);
    }

    /** The rulebook a visible programme was deployed with (readable by whoever sees the programme). */
    public Rulebook rulebookOf(Programme programme) {
        return rulebooks.find(programme.getRulebookId()).orElseThrow();
    }

    /** Rulebooks a programme can deploy: published emulation models for organizations, in force that year. */
    public List<Rulebook> deployable(int year) {
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
    public List<OrganizationRef> candidates(long rulebookId, long organizationId) {
        Rulebook rulebook = rulebooks.get(rulebookId);
        OrganizationRef organization = organizations.requireVisible(organizationId);
        Set<OrganizationType> types = subjectTypes(rulebook.getSubjectKind());
        return types == null ? List.of() : organizations.activeInSubtree(organization.path(), types);
    }

    @Transactional
    public Programme create(long rulebookId, int year, String name, long organizationId, Collection<Long> chosenSubjects,
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

    /** One subject of a programme as its page shows it. */
    public record SubjectLine(OrganizationRef organization, Registration registration, boolean reviewed, Assessment assessment) {
    }

    public record Summary(int subjects, int registered, int reviewed, int target, String period, int recognised) {
    }

    public List<SubjectLine> subjectLines(Programme programme) {
        ChiboUser user = CurrentUser.get();
        String period = currentPeriod(programme);
        Map<Long, Registration> byOrg = registrations.findByProgrammeId(programme.getId()).stream()
                .collect(Collectors.toMap(Registration::getOrganizationId, r -> r));
        Set<Long> reviewed = byOrg.isEmpty() ? Set.of() : new HashSet<>(reviews.reviewedIn(
                byOrg.values().stream().map(Registration::getId).toList(), period));
        Map<Long, Assessment> assessed = byOrg.isEmpty() ? Map.of() : assessments.findByRegistrationIdIn(
                byOrg.values().stream().map(Registration::getId).toList()).stream()
                .collect(Collectors.toMap(Assessment::getRegistrationId, a -> a));
        List<SubjectLine> lines = new ArrayList<>();
        List<ProgrammeSubject> visibleSubjects = subjects.findByProgrammeIdOrderByOrgPath(programme.getId()).stream()
                .filter(subject -> user.canSee(subject.getOrgPath())).toList();
        Map<Long, OrganizationRef> organizationsById = organizations.findAll(
                visibleSubjects.stream().map(ProgrammeSubject::getOrganizationId).toList());
        for (ProgrammeSubject subject : visibleSubjects) {
            Registration registration = byOrg.get(subject.getOrganizationId());
            OrganizationRef organization = organizationsById.get(subject.getOrganizationId());
            lines.add(new SubjectLine(organization, registration, registration != null && reviewed.contains(registration.getId()),
                    registration == null ? null : assessed.get(registration.getId())));
        }
        return lines;
    }

    /** A subordinate organization on the board, with its subjects' figures (for drill-down). */
    public record GroupLine(OrganizationRef organization, int subjects, int registered, int reviewed, int recognised) {
    }

    /** The board within one organization: figures per subordinate organization, and the subjects directly in it. */
    public record Board(OrganizationRef within, List<GroupLine> groups, List<SubjectLine> subjects) {
    }

    public Board board(Programme programme, List<SubjectLine> lines, OrganizationRef within) {
        Map<Long, List<SubjectLine>> byChild = new LinkedHashMap<>();
        List<SubjectLine> direct = new ArrayList<>();
        for (SubjectLine line : lines) {
            String path = line.organization().path();
            if (!path.startsWith(within.path())) {
                continue;
            }
            String rest = path.substring(within.path().length());
            int slash = rest.indexOf('/');
            if (rest.isEmpty() || slash == rest.length() - 1) {
                direct.add(line);
            } else {
                byChild.computeIfAbsent(Long.valueOf(rest.substring(0, slash)), k -> new ArrayList<>()).add(line);
            }
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        List<GroupLine> groups = byChild.entrySet().stream()
                .map(e -> new GroupLine(children.get(e.getKey()), e.getValue().size(),
                        (int) e.getValue().stream().filter(l -> l.registration() != null).count(),
                        (int) e.getValue().stream().filter(SubjectLine::reviewed).count(),
                        (int) e.getValue().stream().filter(ProgrammeService::recognised).count()))
                .sorted(java.util.Comparator.comparing(g -> g.organization().path()))
                .toList();
        return new Board(within, groups, direct);
    }

    private static boolean recognised(SubjectLine line) {
        return line.assessment() != null && line.assessment().getStatus() == Assessment.Status.DECIDED
                && Boolean.TRUE.equals(line.assessment().getDecidedRecognised());
    }

    public Summary summary(Programme programme, List<SubjectLine> lines) {
        int count = lines.size();
        int target = BigDecimal.valueOf(count).multiply(programme.getTargetPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        return new Summary(count, (int) lines.stream().filter(l -> l.registration() != null).count(),
                (int) lines.stream().filter(SubjectLine::reviewed).count(), target, currentPeriod(programme),
                (int) lines.stream().filter(ProgrammeService::recognised).count());
    }

    public String currentPeriod(Programme programme) {
        RulebookDefinition definition = rulebooks.definition(rulebookOf(programme));
        LocalDate today = LocalDate.now(clock);
        LocalDate inYear = today.getYear() == programme.getYear() ? today
                : today.getYear() > programme.getYear() ? LocalDate.of(programme.getYear(), 12, 31) : LocalDate.of(programme.getYear(), 1, 1);
        return ReviewPeriod.of(definition.reviewFrequency(), inYear);
    }

    /** Review periods of the programme's year up to now, latest first. */
    public List<String> periods(Programme programme) {
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

    // ---- registration ------------------------------------------------------------------------

    @Transactional
    public Registration register(long programmeId, long organizationId, LocalDate registeredOn, String meetingReference) {
        Programme programme = get(programmeId);
        OrganizationRef organization = organizations.requireVisible(organizationId);
        requireMayWork();
        if (judgesMembers(programme)) {
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

    /** A registration in the account's scope, or the member's own; otherwise not found. */
    public Registration registration(long id) {
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
    public boolean mayWorkOn(Registration registration) {
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
    public Programme programmeOf(Registration registration) {
        return programmes.findById(registration.getProgrammeId()).orElseThrow();
    }

    /** Secretaries, officers and administrators work on registrations in their subtree; inspectors and members read. */
    public boolean mayWork() {
        return CurrentUser.get().may(Permission.WORK_ON_MODELS);
    }

    private void requireMayWork() {
        if (!mayWork()) {
            throw new ForbiddenException("work on emulation registrations");
        }
    }

    // ---- members (models that judge party members: Đảng viên 5 tốt) ----------------------------

    /** Members listed per page of a cell. */
    public static final int MEMBER_PAGE_SIZE = 50;

    /**
     * A member registers himself (or his cell's secretary registers him) for a programme whose model
     * judges members, when his cell takes part in it. Another member's registration cannot be made:
     * that member is not found.
     */
    @Transactional
    public Registration registerMember(long programmeId, long personId, LocalDate registeredOn, String meetingReference) {
        ChiboUser user = CurrentUser.get();
        PersonRef person = people.find(personId).filter(p -> user.canSeePerson(p.id(), p.orgPath()))
                .orElseThrow(() -> new NotFoundException("Person", personId));
        Programme programme = get(programmeId);
        boolean self = Long.valueOf(personId).equals(user.personId());
        if (!self && user.role() != Role.SECRETARY && !user.isAdmin()) {
            throw new ForbiddenException("register another member");
        }
        if (!judgesMembers(programme)) {
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

    /** The member a registration belongs to ({@code null} for an organization's registration). */
    public PersonRef memberOf(Registration registration) {
        return registration.getPersonId() == null ? null : people.find(registration.getPersonId()).orElse(null);
    }

    /** One cell taking part in a members' programme, with its figures counted in the database. */
    record CellFigures(long organizationId, String path, long members, long registered, long reviewed, long recognised) {
    }

    /** Subject cells under a path that the account may see, with their members' figures; a few grouped queries. */
    private List<CellFigures> cellFigures(Programme programme, String within, String period) {
        ChiboUser user = CurrentUser.get();
        String prefix = within == null ? "/" : within;
        Subtree subtree = Subtree.ofPrefix(prefix);
        List<ProgrammeSubject> cells = subjects.findByProgrammeIdOrderByOrgPath(programme.getId()).stream()
                .filter(s -> subtree.contains(s.getOrgPath()) && user.canSee(s.getOrgPath())).toList();
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> members = people.countMembersByOrganization(commonPrefix(cells));
        String base = " from registration r%s where r.programme_id = :p and r.person_id is not null and "
                + subtree.sql("r.org_path").replace("%", "%%") + "%s group by r.organization_id";
        Map<Long, Long> registered = grouped("select r.organization_id, count(*)" + base.formatted("", ""), programme, null);
        Map<Long, Long> reviewed = grouped("select r.organization_id, count(distinct r.id)" + base.formatted(
                " join self_review s on s.registration_id = r.id", " and s.review_period = :period"), programme, period);
        Map<Long, Long> recognised = grouped("select r.organization_id, count(*)" + base.formatted(
                " join assessment a on a.registration_id = r.id", " and a.status = 'DECIDED' and a.decided_recognised = true"),
                programme, null);
        return cells.stream().map(c -> new CellFigures(c.getOrganizationId(), c.getOrgPath(),
                members.getOrDefault(c.getOrganizationId(), 0L), registered.getOrDefault(c.getOrganizationId(), 0L),
                reviewed.getOrDefault(c.getOrganizationId(), 0L), recognised.getOrDefault(c.getOrganizationId(), 0L))).toList();
    }

    /** The longest path prefix shared by the cells: counting members under it instead of the whole tree. */
    private static String commonPrefix(List<ProgrammeSubject> cells) {
        String prefix = cells.get(0).getOrgPath();
        for (ProgrammeSubject cell : cells) {
            while (!cell.getOrgPath().startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        return prefix;
    }

    private Map<Long, Long> grouped(String sql, Programme programme, String period) {
        var statement = jdbc.sql(sql).param("p", programme.getId());
        if (period != null) {
            statement = statement.param("period", period);
        }
        Map<Long, Long> result = new HashMap<>();
        statement.query((rs, n) -> result.put(rs.getLong(1), rs.getLong(2))).list();
        return result;
    }

    private Summary summarise(Programme programme, List<CellFigures> figures, String period) {
        int members = (int) figures.stream().mapToLong(CellFigures::members).sum();
        int target = BigDecimal.valueOf(members).multiply(programme.getTargetPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
        return new Summary(members, (int) figures.stream().mapToLong(CellFigures::registered).sum(),
                (int) figures.stream().mapToLong(CellFigures::reviewed).sum(), target, period,
                (int) figures.stream().mapToLong(CellFigures::recognised).sum());
    }

    /** Members, registrations, reviews this period and recognitions of a members' programme under a path, in the account's scope. */
    public Summary memberSummary(Programme programme, String within) {
        String period = currentPeriod(programme);
        return summarise(programme, cellFigures(programme, within, period), period);
    }

    /** A subordinate organization (or a cell) on a members' board, with its members' figures. */
    public record MemberGroup(OrganizationRef organization, boolean subjectCell, long members, long registered, long reviewed,
                              long recognised) {
    }

    /** One member of a cell on the board. */
    public record MemberLine(PersonRef person, Registration registration, boolean reviewed, Assessment assessment) {
    }

    /**
     * The board of a members' programme within one organization: figures per subordinate organization
     * (drill-down), and when the organization is a taking-part cell, one page of its members.
     */
    public record MemberBoard(OrganizationRef within, Summary summary, List<MemberGroup> groups, List<MemberLine> members,
                              int page, int pages) {
    }

    public MemberBoard memberBoard(Programme programme, OrganizationRef within, int page) {
        String period = currentPeriod(programme);
        List<CellFigures> figures = cellFigures(programme, within.path(), period);
        Map<Long, List<CellFigures>> byChild = new LinkedHashMap<>();
        CellFigures self = null;
        for (CellFigures cell : figures) {
            String rest = cell.path().substring(within.path().length());
            if (rest.isEmpty()) {
                self = cell;
            } else {
                byChild.computeIfAbsent(Long.valueOf(rest.substring(0, rest.indexOf('/'))), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<Long, OrganizationRef> children = organizations.findAll(byChild.keySet());
        Set<Long> cellIds = figures.stream().map(CellFigures::organizationId).collect(Collectors.toSet());
        List<MemberGroup> groups = byChild.entrySet().stream().filter(e -> children.containsKey(e.getKey()))
                .map(e -> new MemberGroup(children.get(e.getKey()), cellIds.contains(e.getKey()),
                        e.getValue().stream().mapToLong(CellFigures::members).sum(),
                        e.getValue().stream().mapToLong(CellFigures::registered).sum(),
                        e.getValue().stream().mapToLong(CellFigures::reviewed).sum(),
                        e.getValue().stream().mapToLong(CellFigures::recognised).sum()))
                .sorted(java.util.Comparator.comparing(g -> g.organization().path()))
                .toList();
        List<MemberLine> lines = List.of();
        int pages = 1;
        int current = 0;
        if (self != null) {
            pages = (int) Math.max(1, (self.members() + MEMBER_PAGE_SIZE - 1) / MEMBER_PAGE_SIZE);
            current = Math.max(0, Math.min(page, pages - 1));
            lines = memberLines(programme, within.id(), current, period);
        }
        return new MemberBoard(within, summarise(programme, figures, period), groups, lines, current, pages);
    }

    private List<MemberLine> memberLines(Programme programme, long cellId, int page, String period) {
        List<PersonRef> members = people.membersOf(cellId, page * MEMBER_PAGE_SIZE, MEMBER_PAGE_SIZE);
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, Registration> byPerson = registrations.findByProgrammeIdAndPersonIdIn(programme.getId(),
                members.stream().map(PersonRef::id).toList()).stream().collect(Collectors.toMap(Registration::getPersonId, r -> r));
        List<Long> ids = byPerson.values().stream().map(Registration::getId).toList();
        Set<Long> reviewed = ids.isEmpty() ? Set.of() : new HashSet<>(reviews.reviewedIn(ids, period));
        Map<Long, Assessment> assessed = ids.isEmpty() ? Map.of() : assessments.findByRegistrationIdIn(ids).stream()
                .collect(Collectors.toMap(Assessment::getRegistrationId, a -> a));
        return members.stream().map(person -> {
            Registration registration = byPerson.get(person.id());
            return new MemberLine(person, registration, registration != null && reviewed.contains(registration.getId()),
                    registration == null ? null : assessed.get(registration.getId()));
        }).toList();
    }

    /** This year's members' programme of the signed-in member: registered or open to him (for his start page). */
    public record MyProgramme(Programme programme, Registration registration, String period, boolean reviewedThisPeriod,
                              Assessment assessment) {
    }

    @Override
    public List<MemberEmulation> mine() {
        return myProgrammes().stream().map(m -> new MemberEmulation(m.programme().getId(), m.programme().getName(),
                m.programme().getYear(), m.registration() == null ? null : m.registration().getId(), m.period(),
                m.reviewedThisPeriod(), m.assessment() == null ? null : m.assessment().getStatus().name(),
                m.assessment() == null ? null : m.assessment().getDecidedRecognised())).toList();
    }

    public List<MyProgramme> myProgrammes() {
        ChiboUser user = CurrentUser.get();
        if (user.personId() == null) {
            return List.of();
        }
        PersonRef person = people.find(user.personId()).orElse(null);
        if (person == null) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        Map<Long, Registration> registered = registrations.findByPersonIdAndYear(person.id(), year).stream()
                .collect(Collectors.toMap(Registration::getProgrammeId, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Programme> open = new LinkedHashMap<>();
        if (person.partyStatus().isMember()) {
            subjects.programmesOf(person.organizationId(), year).stream().filter(this::judgesMembers)
                    .forEach(p -> open.put(p.getId(), p));
        }
        registered.keySet().forEach(id -> open.computeIfAbsent(id, k -> programmes.findById(k).orElseThrow()));
        return open.values().stream().filter(this::judgesMembers).map(p -> {
            Registration registration = registered.get(p.getId());
            String period = currentPeriod(p);
            boolean reviewed = registration != null && !reviews.findByRegistrationIdAndPeriod(registration.getId(), period).isEmpty();
            return new MyProgramme(p, registration, period, reviewed,
                    registration == null ? null : assessments.findByRegistrationId(registration.getId()).orElse(null));
        }).toList();
    }

    // ---- plan items --------------------------------------------------------------------------

    public List<PlanItem> planItems(long registrationId) {
        registration(registrationId);
        return planItems.findByRegistrationIdOrderByCriterionCodeAscIdAsc(registrationId);
    }

    @Transactional
    public PlanItem addPlanItem(long registrationId, String criterionCode, String content, Long responsibleId, LocalDate dueDate) {
        Registration registration = registration(registrationId);
        requireMayWorkOn(registration);
        RulebookDefinition definition = rulebooks.definition(rulebookOf(programmeOf(registration)));
        if (definition.criteria().stream().noneMatch(c -> c.code().equals(criterionCode))) {
            throw new BusinessRuleException("criterionCode", "programme.error.criterion");
        }
        String text = VietnameseText.clean(content);
        if (text == null || text.length() > 1000) {
            throw new BusinessRuleException("content", "programme.error.content");
        }
        if (responsibleId != null && people.find(responsibleId)
                .filter(p -> p.partyStatus().isCurrent() && p.orgPath().startsWith(registration.getOrgPath())).isEmpty()) {
            // the same answer whether the id exists elsewhere or not at all: nothing to learn by probing ids
            throw new BusinessRuleException("responsibleId", "programme.error.responsible");
        }
        PlanItem item = planItems.save(new PlanItem(registrationId, criterionCode, text, responsibleId, dueDate));
        events.publishEvent(AuditRecord.of("CREATE", "PlanItem", item.getId(), registration.getOrgPath(), text,
                Changes.created(Map.of("criterion", criterionCode, "content", text))));
        return item;
    }

    @Transactional
    public PlanItem updatePlanItem(long registrationId, long itemId, PlanItem.Status status, String note, Long version) {
        Registration registration = registration(registrationId);
        requireMayWorkOn(registration);
        PlanItem item = planItems.findById(itemId).filter(i -> i.getRegistrationId() == registrationId)
                .orElseThrow(() -> new NotFoundException("PlanItem", itemId));
        if (version == null || version != item.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = new HashMap<>(Map.of("status", item.getStatus()));
        item.update(status, VietnameseText.clean(note));
        events.publishEvent(AuditRecord.of("UPDATE", "PlanItem", item.getId(), registration.getOrgPath(), item.getContent(),
                Changes.between(before, Map.of("status", status))));
        return item;
    }

    // ---- self-review -------------------------------------------------------------------------

    /** One indicator on the review sheet: what was recorded and, where a module supplies it, the automatic value. */
    public record ReviewLine(RulebookDefinition.Criterion criterion, RulebookDefinition.Indicator indicator, SelfReview saved,
                             Optional<BigDecimal> automatic) {
    }

    public record Sheet(String period, List<ReviewLine> lines, RecognitionCalculator.Outcome outcome) {
    }

    public Sheet sheet(long registrationId, String period) {
        Registration registration = registration(registrationId);
        Programme programme = programmeOf(registration);
        RulebookDefinition definition = rulebooks.definition(rulebookOf(programme));
        Map<String, SelfReview> saved = reviews.findByRegistrationIdAndPeriod(registrationId, period).stream()
                .collect(Collectors.toMap(SelfReview::getIndicatorCode, r -> r));
        List<ReviewLine> lines = new ArrayList<>();
        Map<String, RecognitionCalculator.IndicatorResult> results = new HashMap<>();
        for (var criterion : definition.criteria()) {
            for (var indicator : criterion.indicators()) {
                Optional<BigDecimal> automatic = indicator.source() == null || !sources.containsKey(indicator.source())
                        ? Optional.empty()
                        : sources.get(indicator.source()).value(rulebookOf(programme).getSubjectKind(),
                        registration.isMember() ? registration.getPersonId() : registration.getOrganizationId(),
                        YearMonth.of(programme.getYear(), 1), YearMonth.now(clock));
                SelfReview review = saved.get(indicator.code());
                lines.add(new ReviewLine(criterion, indicator, review, automatic));
                if (review != null) {
                    results.put(indicator.code(), review.toResult());
                }
            }
        }
        return new Sheet(period, lines, RecognitionCalculator.judge(definition, results));
    }

    /**
     * Records a period's self-review, all indicators at once (all or nothing). Values: 'true'/'false'
     * for met indicators, numbers (comma or point as decimal mark) for the others; blank = not yet known.
     */
    @Transactional
    public Sheet saveReview(long registrationId, String period, Map<String, String> values, Map<String, String> notes) {
        Registration registration = registration(registrationId);
        requireMayWorkOn(registration);
        Programme programme = programmeOf(registration);
        if (!periods(programme).contains(period)) {
            throw new BusinessRuleException("period", "programme.error.period");
        }
        RulebookDefinition definition = rulebooks.definition(rulebookOf(programme));
        Map<String, SelfReview> saved = reviews.findByRegistrationIdAndPeriod(registrationId, period).stream()
                .collect(Collectors.toMap(SelfReview::getIndicatorCode, r -> r));
        record Parsed(String code, Boolean met, BigDecimal number, String note) {
        }
        List<String[]> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (var indicator : definition.indicators()) {
            String raw = VietnameseText.clean(values.get(indicator.code()));
            Boolean met = null;
            BigDecimal number = null;
            if (raw != null) {
                if (indicator.kind() == RulebookDefinition.IndicatorKind.MET) {
                    if (!raw.equals("true") && !raw.equals("false")) {
                        problems.add(new String[] {"programme.review.invalid", indicator.code()});
                        continue;
                    }
                    met = Boolean.valueOf(raw);
                } else {
                    try {
                        number = parseNumber(raw);
                    } catch (NumberFormatException e) {
                        problems.add(new String[] {"programme.review.notANumber", indicator.code()});
                        continue;
                    }
                    if (number.signum() < 0 || (indicator.kind() == RulebookDefinition.IndicatorKind.POINTS
                            && indicator.maxPoints() != null && number.compareTo(indicator.maxPoints()) > 0)) {
                        problems.add(new String[] {"programme.review.outOfRange", indicator.code()});
                        continue;
                    }
                }
            }
            String note = VietnameseText.clean(notes.get(indicator.code()));
            if (note != null && note.length() > 1000) {
                problems.add(new String[] {"programme.review.noteTooLong", indicator.code()});
                continue;
            }
            parsed.add(new Parsed(indicator.code(), met, number, note));
        }
        if (!problems.isEmpty()) {
            throw new ReviewProblems(problems);
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        for (Parsed entry : parsed) {
            boolean empty = entry.met() == null && entry.number() == null && entry.note() == null;
            if (empty && !saved.containsKey(entry.code())) {
                continue;
            }
            SelfReview review = saved.computeIfAbsent(entry.code(), code -> new SelfReview(registrationId, period, code));
            Object before = review.getMet() != null ? review.getMet() : review.getValue();
            review.record(entry.met(), entry.number(), entry.note(), CurrentUser.actorName(), clock.instant());
            reviews.save(review);
            Object after = entry.met() != null ? entry.met() : entry.number();
            if (!java.util.Objects.equals(before, after)) {
                changes.put(entry.code(), new Object[] {before, after});
            }
        }
        events.publishEvent(AuditRecord.of("SELF_REVIEW", "Registration", registrationId, registration.getOrgPath(),
                programme.getName() + " — " + period, changes));
        return sheet(registrationId, period);
    }

    /** Accepts '85,5' (Vietnamese decimal comma, dots as thousands) as well as '85.5'. */
    static BigDecimal parseNumber(String raw) {
        String text = raw.replace(" ", "");
        if (text.contains(",")) {
            text = text.replace(".", "").replace(',', '.');
        }
        return new BigDecimal(text);
    }

    /** Self-review values that cannot be saved, with the indicator each concerns. */
    public static class ReviewProblems extends BusinessRuleException implements vn.chibo.shared.web.ProblemList {

        private final transient List<String[]> problems;

        ReviewProblems(List<String[]> problems) {
            super(null, "programme.review.problems", problems.size());
            this.problems = List.copyOf(problems);
        }

        @Override
        public List<String[]> problems() {
            return problems;
        }
    }
}
