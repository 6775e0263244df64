package vn.chibo.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
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
    private final RegistrationRepository registrations;
    private final PlanItemRepository planItems;
    private final SelfReviewRepository reviews;
    private final AssessmentRepository assessments;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final Map<String, IndicatorSource> sources;
    private final ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeSubjectRepository subjects, RegistrationRepository registrations,
                     PlanItemRepository planItems, SelfReviewRepository reviews, AssessmentRepository assessments,
                     RulebookService rulebooks,
                     OrganizationDirectory organizations, List<IndicatorSource> sources, ApplicationEventPublisher events,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        int year = LocalDate.now().getYear();
        String scope = user.isAdmin() ? "/" : user.scopePath();
        if (scope == null || !scope.matches("^/(\\d+/)*$")) {
            return List.of();
        }
        String within = "s.org_path like '" + scope + "%'";
        return visible().stream().filter(p -> p.getYear() == year).map(p -> {
            String period = currentPeriod(p);
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
        return programmes.findById(id).filter(p -> visibleTo(user, p.getOrgPath()))
                .orElseThrow(() -> new NotFoundException("Programme", id));
    }

    public Rulebook rulebookOf(Programme programme) {
        return rulebooks.get(programme.getRulebookId());
    }

    /** Rulebooks a programme can deploy: published emulation models for organizations, in force that year. */
    public List<Rulebook> deployable(int year) {
        return rulebooks.visible().stream()
                .filter(r -> r.getKind() == Rulebook.Kind.EMULATION_MODEL && r.getStatus() == Rulebook.Status.PUBLISHED)
                .filter(r -> subjectTypes(r.getSubjectKind()) != null && r.appliesTo(year))
                .toList();
    }

    /** Organization types a rulebook's subjects have; {@code null} when it judges people, not organizations. */
    static Set<OrganizationType> subjectTypes(SubjectKind kind) {
        return switch (kind) {
            case CELL -> EnumSet.of(OrganizationType.CELL);
            case COMMITTEE -> EnumSet.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE);
            case UNIT, ORGANIZATION -> EnumSet.of(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE,
                    OrganizationType.CELL);
            case MEMBER, ORGANIZATIONS_AND_MEMBERS -> null;
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
        if (!user.isAdmin() && user.role() != Role.OFFICER) {
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
                chosen.size() < eligible.size(), targetPercent, user.getUsername()));
        for (Long id : chosen) {
            subjects.save(new ProgrammeSubject(programme.getId(), id, eligible.get(id).path()));
        }
        rulebook.markInUse();
        events.publishEvent(AuditRecord.of("CREATE", "Programme", programme.getId(), programme.getOrgPath(), cleanName,
                Changes.created(Map.of("rulebook", rulebook.getCode() + " r" + rulebook.getRevision(), "year", year,
                        "subjects", chosen.size(), "targetPercent", targetPercent))));
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
        LocalDate today = LocalDate.now();
        LocalDate inYear = today.getYear() == programme.getYear() ? today
                : today.getYear() > programme.getYear() ? LocalDate.of(programme.getYear(), 12, 31) : LocalDate.of(programme.getYear(), 1, 1);
        return ReviewPeriod.of(definition.reviewFrequency(), inYear);
    }

    /** Review periods of the programme's year up to now, latest first. */
    public List<String> periods(Programme programme) {
        RulebookDefinition.ReviewFrequency frequency = rulebooks.definition(rulebookOf(programme)).reviewFrequency();
        List<String> periods = new ArrayList<>();
        LocalDate end = LocalDate.now().getYear() > programme.getYear() ? LocalDate.of(programme.getYear(), 12, 31) : LocalDate.now();
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
        if (!subjects.existsByProgrammeIdAndOrganizationId(programmeId, organizationId)) {
            throw new BusinessRuleException("organizationId", "programme.error.notASubject");
        }
        if (registrations.findByProgrammeIdAndOrganizationId(programmeId, organizationId).isPresent()) {
            throw new BusinessRuleException("organizationId", "programme.error.alreadyRegistered");
        }
        if (registeredOn == null || registeredOn.isAfter(LocalDate.now())) {
            throw new BusinessRuleException("registeredOn", "validation.date.notFuture");
        }
        String reference = VietnameseText.clean(meetingReference);
        if (reference == null || reference.length() > 500) {
            throw new BusinessRuleException("meetingReference", "programme.error.meetingReference");
        }
        Registration registration = registrations.save(new Registration(programmeId, organization.id(), organization.path(),
                registeredOn, reference, CurrentUser.actorName()));
        events.publishEvent(AuditRecord.of("REGISTER", "Registration", registration.getId(), organization.path(),
                programme.getName() + " — " + organization.name(), Changes.created(Map.of("meetingReference", reference,
                        "registeredOn", registeredOn))));
        return registration;
    }

    public Registration registration(long id) {
        ChiboUser user = CurrentUser.get();
        return registrations.findById(id).filter(r -> user.canSee(r.getOrgPath()))
                .orElseThrow(() -> new NotFoundException("Registration", id));
    }

    /** Secretaries, officers and administrators work on registrations in their subtree; inspectors and members read. */
    public boolean mayWork() {
        Role role = CurrentUser.get().role();
        return role == Role.ADMIN || role == Role.OFFICER || role == Role.SECRETARY;
    }

    private void requireMayWork() {
        if (!mayWork()) {
            throw new ForbiddenException("work on emulation registrations");
        }
    }

    // ---- plan items --------------------------------------------------------------------------

    public List<PlanItem> planItems(long registrationId) {
        registration(registrationId);
        return planItems.findByRegistrationIdOrderByCriterionCodeAscIdAsc(registrationId);
    }

    @Transactional
    public PlanItem addPlanItem(long registrationId, String criterionCode, String content, Long responsibleId, LocalDate dueDate) {
        Registration registration = registration(registrationId);
        requireMayWork();
        RulebookDefinition definition = rulebooks.definition(rulebookOf(get(registration.getProgrammeId())));
        if (definition.criteria().stream().noneMatch(c -> c.code().equals(criterionCode))) {
            throw new BusinessRuleException("criterionCode", "programme.error.criterion");
        }
        String text = VietnameseText.clean(content);
        if (text == null || text.length() > 1000) {
            throw new BusinessRuleException("content", "programme.error.content");
        }
        PlanItem item = planItems.save(new PlanItem(registrationId, criterionCode, text, responsibleId, dueDate));
        events.publishEvent(AuditRecord.of("CREATE", "PlanItem", item.getId(), registration.getOrgPath(), text,
                Changes.created(Map.of("criterion", criterionCode, "content", text))));
        return item;
    }

    @Transactional
    public PlanItem updatePlanItem(long registrationId, long itemId, PlanItem.Status status, String note, Long version) {
        Registration registration = registration(registrationId);
        requireMayWork();
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
        Programme programme = get(registration.getProgrammeId());
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
                        registration.getOrganizationId(), YearMonth.of(programme.getYear(), 1), YearMonth.now());
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
        requireMayWork();
        Programme programme = get(registration.getProgrammeId());
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
            review.record(entry.met(), entry.number(), entry.note(), CurrentUser.actorName());
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
