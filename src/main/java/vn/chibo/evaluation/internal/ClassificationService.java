package vn.chibo.evaluation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Annual classification rounds (xếp loại chất lượng): opening a round for a subtree, each subject's
 * self-classification, the advisory body's proposal and the competent level's decision by group,
 * with the quota and the order rules of the rulebook. Scope and role are checked here, for pages
 * and API alike.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService implements vn.chibo.evaluation.ClassificationOverview {

    static final Set<OrganizationType> CLASSIFIED_TYPES = EnumSet.of(OrganizationType.UPPER_COMMITTEE,
            OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE, OrganizationType.CELL);

    private final ClassificationRoundRepository rounds;
    private final ClassificationEntryRepository entries;
    private final RulebookService rulebooks;
    private final RulebookRepository rulebookRows;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Map<String, vn.chibo.evaluation.IndicatorSource> sources;
    private final Clock clock;

    ClassificationService(ClassificationRoundRepository rounds, ClassificationEntryRepository entries,
                          RulebookService rulebooks, RulebookRepository rulebookRows, OrganizationDirectory organizations,
                          PersonDirectory people, ApplicationEventPublisher events, JdbcTemplate jdbc,
                          List<vn.chibo.evaluation.IndicatorSource> sources, Clock clock) {
        this.sources = sources.stream().collect(java.util.stream.Collectors.toMap(vn.chibo.evaluation.IndicatorSource::key,
                s -> s, (a, b) -> a));
        this.rounds = rounds;
        this.entries = entries;
        this.rulebooks = rulebooks;
        this.rulebookRows = rulebookRows;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- rounds ------------------------------------------------------------------------------

    /** A round is seen inside its subtree, from above it, and by each member who is one of its subjects. */
    boolean visible(ClassificationRound round) {
        ChiboUser user = CurrentUser.get();
        if (ProgrammeService.visibleTo(user, round.getOrgPath())) {
            return true;
        }
        return user.personId() != null && entries.findByRoundIdAndSubjectKindAndSubjectId(round.getId(),
                ClassificationEntry.Kind.MEMBER, user.personId()).isPresent();
    }

    public List<ClassificationRound> visibleRounds() {
        return rounds.findAllByOrderByRoundYearDescIdDesc().stream().filter(this::visible).toList();
    }

    public ClassificationRound round(long id) {
        return rounds.findById(id).filter(this::visible).orElseThrow(() -> new NotFoundException("ClassificationRound", id));
    }

    public Rulebook rulebookOf(ClassificationRound round) {
        return rulebookRows.findById(round.getRulebookId()).orElseThrow();
    }

    public RulebookDefinition.Classification rules(ClassificationRound round) {
        return rulebooks.definition(rulebookOf(round)).classification();
    }

    public boolean mayOpen() {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.DEPLOY_MODELS);
    }

    /** Published classification rulebooks in force in the year, the unit's own adaptations first. */
    public List<Rulebook> rulebooksFor(int year) {
        return rulebooks.visible().stream()
                .filter(r -> r.getKind() == Rulebook.Kind.CLASSIFICATION && r.getStatus() == Rulebook.Status.PUBLISHED
                        && r.appliesTo(year))
                .sorted(java.util.Comparator.comparing((Rulebook r) -> r.getOwnerPath() == null ? 0 : -r.getOwnerPath().length()))
                .toList();
    }

    @Transactional
    public ClassificationRound open(long organizationId, int year, Long rulebookId, String name, LocalDate selfDeadline,
                                    LocalDate decisionDeadline) {
        if (!mayOpen()) {
            throw new ForbiddenException("open a classification round");
        }
        OrganizationRef organization = organizations.requireVisible(organizationId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear + 1) {
            throw new BusinessRuleException("year", "classification.error.year", thisYear + 1);
        }
        List<Rulebook> inForce = rulebooksFor(year);
        Rulebook rulebook = rulebookId == null ? inForce.stream().findFirst().orElse(null)
                : inForce.stream().filter(r -> r.getId().equals(rulebookId)).findFirst().orElse(null);
        if (rulebook == null) {
            throw new BusinessRuleException("rulebookId", "classification.error.rulebook", year);
        }
        boolean sameOrganization = rounds.findAllByOrderByRoundYearDescIdDesc().stream()
                .anyMatch(r -> r.getYear() == year && r.getOrganizationId() == organization.id());
        if (sameOrganization) {
            throw new BusinessRuleException("year", "classification.error.exists", year);
        }
        if (selfDeadline != null && decisionDeadline != null && decisionDeadline.isBefore(selfDeadline)) {
            throw new BusinessRuleException("decisionDeadline", "classification.error.deadlines");
        }
        String cleanName = VietnameseText.clean(name);
        if (cleanName == null) {
            cleanName = VietnameseText.clean("Xếp loại chất lượng năm " + year + " — " + organization.name());
        }
        if (cleanName.length() > 300) {
            throw new BusinessRuleException("name", "classification.error.name");
        }
        ClassificationRound round = rounds.save(new ClassificationRound(organization.id(), organization.path(), year,
                rulebook.getId(), cleanName, selfDeadline, decisionDeadline, CurrentUser.actorName(), clock.instant()));
        int created = createEntries(round, organization);
        if (created == 0) {
            throw new BusinessRuleException("year", "classification.error.exists", year);
        }
        rulebookRows.findById(rulebook.getId()).orElseThrow().markInUse();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("rulebook", rulebook.getCode() + " r" + rulebook.getRevision());
        values.put("subjects", created);
        events.publishEvent(AuditRecord.of("CREATE", "ClassificationRound", round.getId(), round.getOrgPath(), cleanName,
                Changes.created(values)));
        return round;
    }

    /**
     * The subjects: every party organization strictly below the round's organization, and every
     * member in its subtree. An organization is decided by its direct superior; a member by the
     * nearest grassroots committee above his cell (or the cell's superior where there is none).
     */
    private int createEntries(ClassificationRound round, OrganizationRef root) {
        List<OrganizationRef> subtree = organizations.activeInSubtree(root.path(), EnumSet.allOf(OrganizationType.class));
        Map<Long, OrganizationRef> known = new HashMap<>();
        organizations.breadcrumbs(root.id()).forEach(o -> known.put(o.id(), o));
        subtree.forEach(o -> known.put(o.id(), o));
        java.util.Set<String> covered = new java.util.HashSet<>(jdbc.queryForList("select subject_kind || ':' || subject_id"
                + " from classification_entry where round_year = ? and " + within("org_path", root.path()), String.class,
                round.getYear()));
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (OrganizationRef o : subtree) {
            if (o.id() == root.id() || !CLASSIFIED_TYPES.contains(o.type()) || covered.contains("ORGANIZATION:" + o.id())) {
                continue;
            }
            OrganizationRef deciding = known.getOrDefault(o.parentId(), root);
            rows.add(new Object[] {round.getId(), "ORGANIZATION", o.id(), o.name(), VietnameseText.searchKey(o.name()),
                    VietnameseText.nameSortKey(o.name()), o.id(), o.path(), o.type().name(), deciding.id(), deciding.path(),
                    deciding.id() + "-" + o.type().name(), null, now});
        }
        LocalDate reference = LocalDate.of(round.getYear(), 12, 31);
        if (reference.isAfter(LocalDate.now(clock))) {
            reference = LocalDate.now(clock);
        }
        for (PersonDirectory.PartyMemberLine member : people.partyMembersUnder(root.path())) {
            OrganizationRef own = known.get(member.organizationId());
            if (own == null || member.admittedOn() != null && member.admittedOn().isAfter(reference)
                    || covered.contains("MEMBER:" + member.id())) {
                continue;
            }
            OrganizationRef deciding = memberDecider(own, known);
            Integer months = member.admittedOn() == null ? null
                    : (int) Math.max(0, ChronoUnit.MONTHS.between(member.admittedOn(), reference));
            rows.add(new Object[] {round.getId(), "MEMBER", member.id(), member.fullName(),
                    VietnameseText.searchKey(member.fullName()), VietnameseText.personSortKey(member.fullName()),
                    own.id(), own.path(), null, deciding.id(), deciding.path(), deciding.id() + "-MEMBER", months, now});
        }
        jdbc.batchUpdate("insert into classification_entry (round_id, subject_kind, subject_id, subject_name, search_key,"
                + " sort_key, organization_id, org_path, org_type, deciding_org_id, deciding_org_path, quota_group,"
                + " months_since_admission, updated_at, round_year, status, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + round.getYear() + ", 'PENDING', 0)",
                rows);
        return rows.size();
    }

    /**
     * The grassroots level that decides for a member: the nearest đảng bộ cơ sở above (or at) his
     * organization, or a chi bộ cơ sở (a cell directly under an upper committee) itself.
     */
    static OrganizationRef memberDecider(OrganizationRef own, Map<Long, OrganizationRef> known) {
        OrganizationRef cursor = own;
        while (cursor != null) {
            OrganizationRef parent = cursor.parentId() == null ? null : known.get(cursor.parentId());
            if (cursor.type() == OrganizationType.GRASSROOTS_COMMITTEE
                    || cursor.type() == OrganizationType.CELL && parent != null && parent.type() == OrganizationType.UPPER_COMMITTEE) {
                return cursor;
            }
            cursor = cursor.parentId() == null ? null : known.get(cursor.parentId());
        }
        return own.parentId() != null && known.containsKey(own.parentId()) ? known.get(own.parentId()) : own;
    }

    /** Kết thúc đợt: results can no longer change; confirmed explicitly, and reversible by {@link #reopen}. */
    @Transactional
    public ClassificationRound close(long roundId, Long version, boolean confirmed) {
        ClassificationRound round = lockedRound(roundId);
        if (!mayOpen() || !CurrentUser.get().canSee(round.getOrgPath())) {
            throw new ForbiddenException("close a classification round");
        }
        if (version == null || version != round.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (!confirmed) {
            throw new BusinessRuleException("confirm", "classification.error.confirmClose");
        }
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        round.close();
        events.publishEvent(AuditRecord.of("CLOSE", "ClassificationRound", round.getId(), round.getOrgPath(), round.getName(),
                Changes.between(Map.of("status", "OPEN"), Map.of("status", "CLOSED"))));
        return round;
    }

    @Transactional
    public ClassificationRound reopen(long roundId, Long version) {
        ClassificationRound round = lockedRound(roundId);
        if (!mayOpen() || !CurrentUser.get().canSee(round.getOrgPath())) {
            throw new ForbiddenException("reopen a classification round");
        }
        if (version == null || version != round.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.status");
        }
        round.reopen();
        events.publishEvent(AuditRecord.of("REOPEN", "ClassificationRound", round.getId(), round.getOrgPath(), round.getName(),
                Changes.between(Map.of("status", "CLOSED"), Map.of("status", "OPEN"))));
        return round;
    }

    /** The round, visible to the account, with a row lock: decisions and closing are serialized per round. */
    private ClassificationRound lockedRound(long roundId) {
        ClassificationRound round = rounds.lockById(roundId).orElseThrow(() -> new NotFoundException("ClassificationRound", roundId));
        if (!visible(round)) {
            throw new NotFoundException("ClassificationRound", roundId);
        }
        return round;
    }

    // ---- entries -----------------------------------------------------------------------------

    boolean visible(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        return entry.isCollective() ? user.canSee(entry.getOrgPath()) : user.canSeePerson(entry.getSubjectId(), entry.getOrgPath());
    }

    public ClassificationEntry entry(long id) {
        return entries.findById(id).filter(this::visible).orElseThrow(() -> new NotFoundException("ClassificationEntry", id));
    }

    /** The signed-in member's own entries, newest round first. */
    public List<ClassificationEntry> myEntries() {
        Long personId = CurrentUser.get().personId();
        return personId == null ? List.of()
                : entries.findBySubjectKindAndSubjectIdOrderByIdDesc(ClassificationEntry.Kind.MEMBER, personId);
    }

    /** The subject (or its secretary, or an officer on its behalf) classifies itself. */
    public boolean maySelfClassify(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        if (!entry.isCollective() && Objects.equals(user.personId(), entry.getSubjectId())) {
            return true;
        }
        return user.may(Permission.WORK_ON_MODELS) && user.canSee(entry.getOrgPath());
    }

    /** The advisory body of the deciding organization proposes; for members also their cell's secretary. */
    public boolean mayPropose(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        if (mayDecide(entry)) {
            return true;
        }
        return !entry.isCollective() && user.role() == Role.SECRETARY && user.canSee(entry.getOrgPath()) && !judgesHimself(entry);
    }

    /** The competent level: officers (and administrators) whose scope holds the deciding organization. */
    public boolean mayDecide(ClassificationEntry entry) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.DECIDE_MODELS) && user.canSee(entry.getDecidingOrgPath()) && !judgesHimself(entry);
    }

    /** Nobody proposes or decides his own classification. */
    private static boolean judgesHimself(ClassificationEntry entry) {
        return !entry.isCollective() && Objects.equals(CurrentUser.get().personId(), entry.getSubjectId());
    }

    /** Tự đánh giá, xếp loại: the subject (or those above it) declares the facts and chooses a grade, by default the computed one. */
    @Transactional
    public ClassificationEntry selfClassify(long entryId, ClassificationForm form) {
        return judge(entryId, form, ClassificationEntry.Status.PENDING, "SELF_CLASSIFY", this::maySelfClassify,
                ClassificationEntry::selfClassify);
    }

    /** Thẩm định, đề xuất: the proposer may correct the declared facts, and proposes a grade. */
    @Transactional
    public ClassificationEntry propose(long entryId, ClassificationForm form) {
        return judge(entryId, form, ClassificationEntry.Status.SELF_CLASSIFIED, "PROPOSE", this::mayPropose,
                ClassificationEntry::propose);
    }

    /** What a judging step does with the entry: grade, comment, by whom. */
    private interface Judgement {
        void apply(ClassificationEntry entry, ClassificationGrade grade, String comment, String by, java.time.Instant now);
    }

    private ClassificationEntry judge(long entryId, ClassificationForm form, ClassificationEntry.Status expected, String action,
                                      java.util.function.Predicate<ClassificationEntry> allowed, Judgement judgement) {
        ClassificationEntry entry = entry(entryId);
        ClassificationRound round = requireOpen(entry);
        if (!allowed.test(entry)) {
            throw new ForbiddenException(action);
        }
        requireVersion(entry, form.getVersion());
        requireStatus(entry, expected);
        Map<String, Object> before = entry.snapshot();
        ClassificationGrade computed = recompute(entry, round, form);
        ClassificationGrade chosen = ClassificationGrade.parse(form.getGrade(), "grade");
        judgement.apply(entry, chosen == null ? computed : chosen, VietnameseText.clean(form.getComment()), CurrentUser.actorName(), clock.instant());
        audit(action, entry, round, before);
        return entry;
    }

    /** Trả lại: the proposer returns a self-classification, the decider a proposal, with a reason. */
    @Transactional
    public ClassificationEntry returnWithReason(long entryId, String reason, Long version) {
        ClassificationEntry entry = entry(entryId);
        ClassificationRound round = requireOpen(entry);
        boolean allowed = switch (entry.getStatus()) {
            case SELF_CLASSIFIED -> mayPropose(entry);
            case PROPOSED -> mayDecide(entry);
            default -> throw new BusinessRuleException(null, "classification.error.status");
        };
        if (!allowed) {
            throw new ForbiddenException("return a classification");
        }
        requireVersion(entry, version);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "assessment.error.returnReason");
        }
        if (why.length() > 2000) {
            throw new BusinessRuleException("reason", "assessment.error.tooLong", 2000);
        }
        Map<String, Object> before = entry.snapshot();
        entry.returnWithReason(why, clock.instant());
        audit("RETURN", entry, round, before);
        return entry;
    }

    /** Keys of the facts other modules' registers supply (the discipline register above all); they override what is declared. */
    public static final String DISCIPLINED_IN_YEAR = "discipline.disciplinedInYear";
    public static final String DISCIPLINE_SELF_DETECTED = "discipline.selfDetected";
    public static final String LEADERSHIP_DISCIPLINED = "discipline.leadershipDisciplined";
    public static final String SUBORDINATES_DISCIPLINED_SHARE = "discipline.subordinatesDisciplinedShare";
    /** Violations an inspection found in the year and that are not closed: past shortcomings are then not all fixed. */
    public static final String OPEN_VIOLATIONS = "inspection.openViolations";

    /** What the registers say about the subject in the round's year, by fact key (1/0 for yes/no, shares as fractions). */
    public Map<String, java.math.BigDecimal> registerFacts(ClassificationEntry entry, ClassificationRound round) {
        Map<String, java.math.BigDecimal> facts = new LinkedHashMap<>();
        vn.chibo.evaluation.SubjectKind kind = entry.isCollective() ? vn.chibo.evaluation.SubjectKind.ORGANIZATION
                : vn.chibo.evaluation.SubjectKind.MEMBER;
        List<String> keys = entry.isCollective() ? List.of(LEADERSHIP_DISCIPLINED, SUBORDINATES_DISCIPLINED_SHARE, OPEN_VIOLATIONS)
                : List.of(DISCIPLINED_IN_YEAR, DISCIPLINE_SELF_DETECTED, OPEN_VIOLATIONS);
        for (String key : keys) {
            var source = sources.get(key);
            if (source != null) {
                source.value(kind, entry.getSubjectId(), java.time.YearMonth.of(round.getYear(), 1),
                        java.time.YearMonth.of(round.getYear(), 12)).ifPresent(v -> facts.put(key, v));
            }
        }
        return facts;
    }

    /** The registers may have changed since the proposal (a discipline decided meanwhile): the computed grade follows them. */
    private void refreshComputed(ClassificationEntry entry, ClassificationRound round, RulebookDefinition.Classification rules) {
        ClassificationInputs declared = entry.declaredInputs();
        if (declared == null) {
            return;
        }
        ClassificationInputs withFacts = withFacts(declared, registerFacts(entry, round));
        entry.compute(withFacts, ClassificationCalculator.classify(rules,
                withFacts.toInput(entry.isCollective(), entry.getMonthsSinceAdmission())));
    }

    private static ClassificationInputs withFacts(ClassificationInputs typed, Map<String, java.math.BigDecimal> facts) {
        return facts.isEmpty() ? typed : new ClassificationInputs(typed.score(), typed.ratings(),
                typed.allTasksOnTime(), typed.exceedingShare(), typed.noDisciplinedSubordinates(),
                typed.pastShortcomingsFixed() && !yes(facts.get(OPEN_VIOLATIONS)),
                typed.lateTaskShare(),
                facts.containsKey(DISCIPLINED_IN_YEAR) ? yes(facts.get(DISCIPLINED_IN_YEAR)) : typed.disciplinedInYear(),
                facts.containsKey(DISCIPLINE_SELF_DETECTED) ? yes(facts.get(DISCIPLINE_SELF_DETECTED)) : typed.disciplineSelfCorrected(),
                typed.targetsMetShare(),
                facts.containsKey(LEADERSHIP_DISCIPLINED) ? yes(facts.get(LEADERSHIP_DISCIPLINED)) : typed.leadershipDisciplined(),
                facts.getOrDefault(SUBORDINATES_DISCIPLINED_SHARE, typed.disciplinedSubordinatesShare()),
                typed.internalDisunity(), typed.memberDegradation(), typed.activitySuspended());
    }

    private static boolean yes(java.math.BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private ClassificationGrade recompute(ClassificationEntry entry, ClassificationRound round, ClassificationForm form) {
        RulebookDefinition.Classification rules = rules(round);
        boolean recentlyAdmitted = !entry.isCollective() && entry.getMonthsSinceAdmission() != null && rules.exemptions() != null
                && rules.exemptions().admittedWithinMonths() != null
                && entry.getMonthsSinceAdmission() < rules.exemptions().admittedWithinMonths();
        ClassificationInputs typed = form.parse(rules, entry.isCollective(), recentlyAdmitted);
        ClassificationInputs declared = withFacts(typed, registerFacts(entry, round));
        ClassificationCalculator.Result result = ClassificationCalculator.classify(rules,
                declared.toInput(entry.isCollective(), entry.getMonthsSinceAdmission()));
        entry.compute(declared, result);
        return entry.getComputedGrade();
    }

    private ClassificationRound requireOpen(ClassificationEntry entry) {
        ClassificationRound round = rounds.findById(entry.getRoundId()).orElseThrow();
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        return round;
    }

    private static void requireVersion(ClassificationEntry entry, Long version) {
        if (version == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (version != entry.getVersion()) {
            throw new ConcurrentEditException();
        }
    }

    private static void requireStatus(ClassificationEntry entry, ClassificationEntry.Status expected) {
        if (entry.getStatus() != expected) {
            throw new BusinessRuleException(null, "classification.error.status");
        }
    }

    private void audit(String action, ClassificationEntry entry, ClassificationRound round, Map<String, Object> before) {
        events.publishEvent(AuditRecord.of(action, "ClassificationEntry", entry.getId(), entry.getOrgPath(),
                entry.getSubjectName() + " — " + round.getYear(), Changes.between(before, entry.snapshot())));
    }

    // ---- lists and figures -------------------------------------------------------------------

    @Override
    public List<RoundFigures> latestRounds() {
        if (scopePrefix() == null) {
            return List.of();
        }
        return visibleRounds().stream().limit(2).map(round -> {
            Figures f = figures(round);
            return new RoundFigures(round.getId(), round.getName(), round.getYear(), round.isOpen(),
                    f.get("ORGANIZATION", "ALL"), f.get("ORGANIZATION", "DECIDED"), f.goodOrBetterPercent("ORGANIZATION"),
                    f.get("MEMBER", "ALL"), f.get("MEMBER", "DECIDED"), f.goodOrBetterPercent("MEMBER"));
        }).toList();
    }

    @Override
    public List<MyClassification> mine() {
        return myEntries().stream().limit(2).map(e -> {
            ClassificationRound round = rounds.findById(e.getRoundId()).orElseThrow();
            return new MyClassification(e.getId(), round.getName(), round.getYear(), e.getStatus().name(),
                    e.getDecidedGrade() == null ? null : e.getDecidedGrade().messageKey());
        }).toList();
    }

    /** The path prefix the account sees entries under ({@code null}: none, a member sees only his own). */
    private static String scopePrefix() {
        ChiboUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return "/";
        }
        String scope = user.scopePath();
        if (user.role() == Role.MEMBER || scope == null || !Subtree.isPath(scope)) {
            return null;
        }
        return scope;
    }

    private static String within(String column, String prefix) {
        return Subtree.ofPrefix(prefix).sql(column);
    }

    /** Counts of a round within the account's scope: per kind, status and decided grade. */
    public record Figures(Map<String, Long> counts) {

        public long get(String kind, String what) {
            return counts.getOrDefault(kind + ":" + what, 0L);
        }

        /** Share (whole percent) of decided subjects of a kind rated GOOD or EXCELLENT. */
        public long goodOrBetterPercent(String kind) {
            long decided = get(kind, "DECIDED");
            return decided == 0 ? 0 : Math.round(100.0 * (get(kind, "EXCELLENT") + get(kind, "GOOD")) / decided);
        }
    }

    public Figures figures(ClassificationRound round) {
        Map<String, Long> counts = new HashMap<>();
        String prefix = scopePrefix();
        if (prefix == null) {
            return new Figures(counts);
        }
        jdbc.query("select subject_kind, status, decided_grade, count(*) from classification_entry where round_id = ? and "
                + within("org_path", prefix) + " group by subject_kind, status, decided_grade", rs -> {
                    String kind = rs.getString(1);
                    long n = rs.getLong(4);
                    counts.merge(kind + ":" + rs.getString(2), n, Long::sum);
                    counts.merge(kind + ":ALL", n, Long::sum);
                    if (rs.getString(3) != null) {
                        counts.merge(kind + ":" + rs.getString(3), n, Long::sum);
                    }
                }, round.getId());
        return new Figures(counts);
    }

    /** One group of comparable subjects under one deciding organization (the unit of the quota). */
    public record GroupLine(String key, OrganizationRef deciding, String within, String kind, long total, long selfClassified, long proposed,
                            long decided, long excellent, long good, ClassificationCalculator.QuotaStatus quota) {
    }

    public record GroupPage(List<GroupLine> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Groups whose deciding organization lies under {@code inside} (and in the account's scope), in tree order. */
    public GroupPage groups(ClassificationRound round, OrganizationRef inside, int page) {
        String prefix = scopePrefix();
        if (prefix == null) {
            return new GroupPage(List.of(), 0, 0, 50);
        }
        String where = " where round_id = ? and " + within("org_path", prefix)
                + (inside == null ? "" : " and " + within("deciding_org_path", inside.path()));
        long total = jdbc.queryForObject("select count(distinct quota_group) from classification_entry" + where, Long.class,
                round.getId());
        int size = 50;
        int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / size)));
        RulebookDefinition.Classification rules = rules(round);
        List<Object[]> raw = jdbc.query("select quota_group, deciding_org_id, min(deciding_org_path), count(*),"
                + " sum(case when status = 'SELF_CLASSIFIED' then 1 else 0 end),"
                + " sum(case when status = 'PROPOSED' then 1 else 0 end),"
                + " sum(case when status = 'DECIDED' then 1 else 0 end),"
                + " sum(case when decided_grade = 'EXCELLENT' then 1 else 0 end),"
                + " sum(case when decided_grade = 'GOOD' then 1 else 0 end)"
                + " from classification_entry" + where + " group by quota_group, deciding_org_id"
                + " order by min(deciding_org_path), quota_group limit " + size + " offset " + (safePage * size),
                (rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9)}, round.getId());
        Map<Long, OrganizationRef> deciding = organizations.findAll(raw.stream().map(r -> (Long) r[1]).distinct().toList());
        Map<Long, OrganizationRef> parents = organizations.findAll(deciding.values().stream().map(OrganizationRef::parentId)
                .filter(Objects::nonNull).distinct().toList());
        List<GroupLine> lines = raw.stream().map(r -> {
            String key = (String) r[0];
            long excellent = (Long) r[6];
            long good = (Long) r[7];
            OrganizationRef decider = deciding.get((Long) r[1]);
            OrganizationRef parent = decider.parentId() == null ? null : parents.get(decider.parentId());
            return new GroupLine(key, decider, parent == null ? null : parent.name(), key.substring(key.indexOf('-') + 1), (Long) r[2], (Long) r[3],
                    (Long) r[4], (Long) r[5], excellent, good, ClassificationCalculator.quota(rules, excellent, good));
        }).toList();
        return new GroupPage(lines, total, safePage, size);
    }

    public record EntryFilter(String kind, String status, String query, String group, int page) {
    }

    public record EntryPage(List<ClassificationEntry> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Subjects of a round in the account's scope, filtered, in tree order then Vietnamese name order. */
    public EntryPage entries(ClassificationRound round, EntryFilter filter) {
        ChiboUser user = CurrentUser.get();
        List<String> conditions = new ArrayList<>(List.of("round_id = ?"));
        List<Object> params = new ArrayList<>(List.of(round.getId()));
        String prefix = scopePrefix();
        if (prefix != null) {
            conditions.add(within("org_path", prefix));
        } else {
            conditions.add("subject_kind = 'MEMBER' and subject_id = ?");
            params.add(user.personId() == null ? -1L : user.personId());
        }
        if (known(ClassificationEntry.Kind.class, filter.kind())) {
            conditions.add("subject_kind = ?");
            params.add(filter.kind());
        }
        if (known(ClassificationEntry.Status.class, filter.status())) {
            conditions.add("status = ?");
            params.add(filter.status());
        }
        if (filter.group() != null && !filter.group().isBlank()) {
            conditions.add("quota_group = ?");
            params.add(filter.group());
        }
        String key = VietnameseText.searchKey(filter.query());
        if (key != null && !key.isBlank()) {
            conditions.add("search_key like ?");
            params.add("%" + key.replace("%", "").replace("_", "") + "%");
        }
        String where = " where " + String.join(" and ", conditions);
        long total = jdbc.queryForObject("select count(*) from classification_entry" + where, Long.class, params.toArray());
        int size = 50;
        int page = Math.max(0, Math.min(filter.page(), (int) ((total - 1) / size)));
        List<Long> ids = jdbc.queryForList("select id from classification_entry" + where
                + " order by org_path, subject_kind desc, sort_key limit " + size + " offset " + (page * size), Long.class,
                params.toArray());
        Map<Long, ClassificationEntry> loaded = new HashMap<>();
        entries.findAllById(ids).forEach(e -> loaded.put(e.getId(), e));
        return new EntryPage(ids.stream().map(loaded::get).filter(Objects::nonNull).toList(), total, page, size);
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String value) {
        return value != null && java.util.Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }

    // ---- decision by group -------------------------------------------------------------------

    /** What the decision screen shows: the group, its quota now, and what the order rules say of each subject. */
    public record GroupView(ClassificationRound round, String key, OrganizationRef deciding, String within, String kind,
                            List<ClassificationEntry> entries, RulebookDefinition.Classification rules,
                            ClassificationCalculator.QuotaStatus quota, Map<Long, List<String[]>> orderProblems,
                            boolean mayDecide, long decidedExcellent, long decidedGood) {
    }

    public GroupView group(long roundId, String key) {
        ClassificationRound round = round(roundId);
        List<ClassificationEntry> members = entries.findByRoundIdAndQuotaGroup(roundId, key);
        if (members.isEmpty()) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        OrganizationRef deciding = organizations.find(members.get(0).getDecidingOrgId()).orElseThrow();
        if (!CurrentUser.get().canSee(deciding.path())) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        RulebookDefinition.Classification rules = rules(round);
        List<ClassificationEntry> sorted = new ArrayList<>(members);
        sorted.sort(java.util.Comparator.comparing(ClassificationEntry::getOrgPath)
                .thenComparing(e -> e.getSubjectName(), VietnameseText.collator()));
        if (!sorted.get(0).isCollective()) {
            sorted.sort(java.util.Comparator.comparing(ClassificationEntry::getSubjectName, VietnameseText.personNameOrder()));
        }
        long excellent = members.stream().filter(e -> e.getDecidedGrade() == ClassificationGrade.EXCELLENT).count();
        long good = members.stream().filter(e -> e.getDecidedGrade() == ClassificationGrade.GOOD).count();
        Map<Long, List<String[]>> problems = orderProblems(round, rules, members);
        boolean mayDecide = round.isOpen() && mayDecide(members.get(0));
        String within = deciding.parentId() == null ? null
                : organizations.find(deciding.parentId()).map(OrganizationRef::name).orElse(null);
        return new GroupView(round, key, deciding, within, key.substring(key.indexOf('-') + 1), sorted, rules,
                ClassificationCalculator.quota(rules, excellent, good), problems, mayDecide, excellent, good);
    }

    /**
     * Thứ tự xếp loại for a group: a member after his organization, an organization after those
     * below it. Each problem is {message key, names, enforcement}. One query for the whole group:
     * the undecided organizations under the deciding organization.
     */
    Map<Long, List<String[]>> orderProblems(ClassificationRound round, RulebookDefinition.Classification rules,
                                            List<ClassificationEntry> group) {
        Map<Long, List<String[]>> problems = new HashMap<>();
        if (group.isEmpty()) {
            return problems;
        }
        var order = rules.order();
        record Pending(long organizationId, String name, String path) {
        }
        List<Pending> pending = jdbc.query("select subject_id, subject_name, org_path from classification_entry where round_id = ?"
                        + " and subject_kind = 'ORGANIZATION' and status <> 'DECIDED' and "
                        + within("org_path", group.get(0).getDecidingOrgPath()) + " order by org_path",
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)), round.getId());
        Map<Long, Pending> pendingById = new HashMap<>();
        pending.forEach(p -> pendingById.put(p.organizationId(), p));
        for (ClassificationEntry entry : group) {
            if (entry.getStatus() == ClassificationEntry.Status.DECIDED) {
                continue;
            }
            List<String[]> found = new ArrayList<>();
            if (!entry.isCollective() && order.collectivesBeforeMembers() != RulebookDefinition.Enforcement.OFF
                    && pendingById.containsKey(entry.getOrganizationId())) {
                found.add(new String[] {"classification.order.collectiveFirst",
                        pendingById.get(entry.getOrganizationId()).name(), order.collectivesBeforeMembers().name()});
            }
            if (entry.isCollective() && order.lowerLevelsFirst() != RulebookDefinition.Enforcement.OFF) {
                List<String> below = pending.stream()
                        .filter(p -> p.path().startsWith(entry.getOrgPath()) && !p.path().equals(entry.getOrgPath()))
                        .map(Pending::name).limit(4).toList();
                if (!below.isEmpty()) {
                    String names = String.join(", ", below.subList(0, Math.min(3, below.size())))
                            + (below.size() > 3 ? ", …" : "");
                    found.add(new String[] {"classification.order.lowerFirst", names, order.lowerLevelsFirst().name()});
                }
            }
            if (!found.isEmpty()) {
                problems.put(entry.getId(), found);
            }
        }
        return problems;
    }

    /** One line of a group decision: the grade chosen (blank: not decided now) and the reason when it differs. */
    public record Decision(long entryId, Long version, String grade, String reason) {
    }

    /**
     * Quyết định xếp loại for a group at once, under one decision number. Refused as a whole when a
     * line is stale or out of order, a differing grade lacks a reason, or the quota would be exceeded
     * (unless the rulebook allows an exception and a justification is given).
     */
    @Transactional
    public int decideGroup(long roundId, String key, List<Decision> decisions, String decisionNumber, LocalDate decisionDate,
                           String justification) {
        ClassificationRound round = lockedRound(roundId);
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        Map<Long, ClassificationEntry> group = new LinkedHashMap<>();
        entries.findByRoundIdAndQuotaGroup(roundId, key).forEach(e -> group.put(e.getId(), e));
        if (group.isEmpty()) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        ClassificationEntry first = group.values().iterator().next();
        if (!CurrentUser.get().canSee(first.getDecidingOrgPath())) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        if (!mayDecide(first)) {
            throw new ForbiddenException("decide classifications");
        }
        String number = VietnameseText.clean(decisionNumber);
        if (number == null || number.length() > 100) {
            throw new BusinessRuleException("decisionNumber", "assessment.error.decisionNumber");
        }
        if (decisionDate == null || decisionDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decisionDate", "validation.date.notFuture");
        }
        RulebookDefinition.Classification rules = rules(round);
        Map<Long, List<String[]>> orderProblems = orderProblems(round, rules, new ArrayList<>(group.values()));
        Map<ClassificationEntry, Decision> chosen = new LinkedHashMap<>();
        Map<ClassificationEntry, ClassificationGrade> grades = new HashMap<>();
        for (Decision decision : decisions) {
            ClassificationGrade grade = ClassificationGrade.parse(decision.grade(), "decisions");
            if (grade == null) {
                continue;
            }
            ClassificationEntry entry = group.get(decision.entryId());
            if (entry == null) {
                throw new NotFoundException("ClassificationEntry", decision.entryId());
            }
            if (entry.getStatus() != ClassificationEntry.Status.PROPOSED) {
                throw new BusinessRuleException("decisions", "classification.error.notProposed", entry.getSubjectName());
            }
            requireVersion(entry, decision.version());
            refreshComputed(entry, round, rules);
            String reason = VietnameseText.clean(decision.reason());
            if (grade != entry.getComputedGrade() && reason == null) {
                throw new BusinessRuleException("decisions", "classification.error.reasonRequired", entry.getSubjectName());
            }
            if (reason != null && reason.length() > 2000) {
                throw new BusinessRuleException("decisions", "assessment.error.tooLong", 2000);
            }
            for (String[] problem : orderProblems.getOrDefault(entry.getId(), List.of())) {
                if (RulebookDefinition.Enforcement.ENFORCE.name().equals(problem[2])) {
                    throw new BusinessRuleException("decisions", problem[0] + ".refused", entry.getSubjectName(), problem[1]);
                }
            }
            chosen.put(entry, new Decision(decision.entryId(), decision.version(), grade.name(), reason));
            grades.put(entry, grade);
        }
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("decisions", "classification.error.nothingToDecide");
        }
        long excellent = group.values().stream().filter(e -> !grades.containsKey(e))
                .filter(e -> e.getDecidedGrade() == ClassificationGrade.EXCELLENT).count()
                + grades.values().stream().filter(g -> g == ClassificationGrade.EXCELLENT).count();
        long good = group.values().stream().filter(e -> !grades.containsKey(e))
                .filter(e -> e.getDecidedGrade() == ClassificationGrade.GOOD).count()
                + grades.values().stream().filter(g -> g == ClassificationGrade.GOOD).count();
        var quota = ClassificationCalculator.quota(rules, excellent, good);
        String why = VietnameseText.clean(justification);
        if (why != null && why.length() > 2000) {
            throw new BusinessRuleException("justification", "assessment.error.tooLong", 2000);
        }
        if (quota.exceeded()) {
            if (!rules.quota().exceptionWithJustification()) {
                throw new BusinessRuleException("decisions", "classification.error.quotaExceeded", excellent, quota.allowed());
            }
            if (why == null) {
                throw new BusinessRuleException("justification", "classification.error.quotaJustification", excellent,
                        quota.allowed());
            }
        }
        for (var line : chosen.entrySet()) {
            ClassificationEntry entry = line.getKey();
            Map<String, Object> before = entry.snapshot();
            ClassificationGrade grade = grades.get(entry);
            entry.decide(grade, number, decisionDate, line.getValue().reason(),
                    quota.exceeded() && grade == ClassificationGrade.EXCELLENT ? why : null, CurrentUser.actorName(), clock.instant());
            audit("DECIDE", entry, round, before);
        }
        return chosen.size();
    }
}
