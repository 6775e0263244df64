package vn.chibo.emulation.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonRef;

/**
 * Deploying a model (kế hoạch triển khai), registering for it (đăng ký thi đua), planning each
 * criterion and reviewing it periodically (tự rà soát) — scoped like everything else: a programme
 * is seen where it applies, a registration by whoever may see its organization. The entry point for
 * pages, API and the other services of the module; transactions begin here.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService implements vn.chibo.emulation.EmulationOverview {

    /** Members listed per page of a cell. */
    public static final int MEMBER_PAGE_SIZE = 50;
    /** Subjects listed per page by the API. */
    public static final int SUBJECT_PAGE_SIZE = 50;

    private final ProgrammeDeployment deployment;
    private final ProgrammeRegistrations registrations;
    private final ProgrammeBoards boards;
    private final MemberBoards memberBoards;
    private final RegistrationPlans plans;
    private final SelfReviews reviews;

    ProgrammeService(ProgrammeDeployment deployment, ProgrammeRegistrations registrations, ProgrammeBoards boards,
                     MemberBoards memberBoards, RegistrationPlans plans, SelfReviews reviews) {
        this.deployment = deployment;
        this.registrations = registrations;
        this.boards = boards;
        this.memberBoards = memberBoards;
        this.plans = plans;
        this.reviews = reviews;
    }

    // ---- programmes --------------------------------------------------------------------------

    public List<Programme> visible() {
        return deployment.visible();
    }

    /** Figures by counting in the database, without loading the subjects (the start page of a whole region). */
    @Override
    public List<ProgrammeFigures> currentYear() {
        return boards.currentYear();
    }

    /** A year's programmes counted within the subtree at {@code scope} (the account's scope for the programme list). */
    public List<ProgrammeFigures> ofYear(String scope, int year) {
        return boards.ofYear(scope, year);
    }

    @Override
    public List<ProgrammeFigures> ofYear(long organizationId, int year) {
        return boards.ofYear(organizationId, year);
    }

    public Programme get(long id) {
        return deployment.get(id);
    }

    /** True when the programme's model judges party members (Đảng viên 5 tốt) rather than organizations. */
    public boolean judgesMembers(Programme programme) {
        return deployment.judgesMembers(programme);
    }

    /** The rulebook a visible programme was deployed with (readable by whoever sees the programme). */
    public Rulebook rulebookOf(Programme programme) {
        return deployment.rulebookOf(programme);
    }

    /** Rulebooks a programme can deploy: published emulation models for organizations, in force that year. */
    public List<Rulebook> deployable(int year) {
        return deployment.deployable(year);
    }

    /** Organizations under {@code organizationId} that the rulebook could be deployed to. */
    public List<OrganizationRef> candidates(long rulebookId, long organizationId) {
        return deployment.candidates(rulebookId, organizationId);
    }

    @Transactional
    public Programme create(long rulebookId, int year, String name, long organizationId, Collection<Long> chosenSubjects,
                            BigDecimal targetPercent) {
        return deployment.create(rulebookId, year, name, organizationId, chosenSubjects, targetPercent);
    }

    /** A subject's registration as the board shows it (bean getters for the templates and the API). */
    public record Registered(long id, LocalDate registeredOn, String meetingReference) {

        public long getId() {
            return id;
        }

        public LocalDate getRegisteredOn() {
            return registeredOn;
        }

        public String getMeetingReference() {
            return meetingReference;
        }
    }

    /** A registration's assessment as the board shows it. */
    public record Assessed(Assessment.Status status, Boolean decidedRecognised) {

        public Assessment.Status getStatus() {
            return status;
        }

        public Boolean getDecidedRecognised() {
            return decidedRecognised;
        }
    }

    /** One subject of a programme as its page shows it. */
    public record SubjectLine(OrganizationRef organization, Registered registration, boolean reviewed, Assessed assessment) {
    }

    public record Summary(int subjects, int registered, int reviewed, int target, String period, int recognised) {
    }

    /** One page of the subjects the account may see under an organization (and itself), in tree order. */
    public List<SubjectLine> subjects(Programme programme, OrganizationRef within, int page) {
        return boards.subjects(programme, within, page, SUBJECT_PAGE_SIZE);
    }

    /** How many subjects the account may see under an organization (and itself). */
    public long subjectCount(Programme programme, OrganizationRef within) {
        return boards.subjectCount(programme, within);
    }

    /** A subordinate organization on the board, with its subjects' figures (for drill-down). */
    public record GroupLine(OrganizationRef organization, int subjects, int registered, int reviewed, int recognised) {
    }

    /**
     * The board within one organization: figures per subordinate organization, the subjects directly in it (itself
     * or a direct subordinate) and the summary of everything the account may see under it.
     */
    public record Board(OrganizationRef within, List<GroupLine> groups, List<SubjectLine> subjects, Summary summary) {
    }

    public Board board(Programme programme, OrganizationRef within) {
        return boards.board(programme, within);
    }

    /** The programme's figures over everything the account may see. */
    public Summary summary(Programme programme) {
        return boards.summary(programme);
    }

    /** The same, taken from a board when the board shows exactly the account's scope (one count instead of two). */
    public Summary summary(Programme programme, Board shown) {
        return boards.summary(programme, shown);
    }

    public String currentPeriod(Programme programme) {
        return deployment.currentPeriod(programme);
    }

    /** Review periods of the programme's year up to now, latest first. */
    public List<String> periods(Programme programme) {
        return deployment.periods(programme);
    }

    // ---- registration ------------------------------------------------------------------------

    @Transactional
    public Registration register(long programmeId, long organizationId, LocalDate registeredOn, String meetingReference) {
        return registrations.register(programmeId, organizationId, registeredOn, meetingReference);
    }

    /** A registration in the account's scope, or the member's own; otherwise not found. */
    public Registration registration(long id) {
        return registrations.registration(id);
    }

    /** Who may fill in a registration (plan, self-review, evidence, self-assessment); see {@link ProgrammeRegistrations#mayWorkOn}. */
    public boolean mayWorkOn(Registration registration) {
        return registrations.mayWorkOn(registration);
    }

    /** The programme of a visible registration (a member may not browse the programme itself). */
    public Programme programmeOf(Registration registration) {
        return registrations.programmeOf(registration);
    }

    /** Secretaries, officers and administrators work on registrations in their subtree; inspectors and members read. */
    public boolean mayWork() {
        return registrations.mayWork();
    }

    // ---- members (models that judge party members: Đảng viên 5 tốt) ----------------------------

    /** A member registers himself (or his cell's secretary registers him); see {@link ProgrammeRegistrations#registerMember}. */
    @Transactional
    public Registration registerMember(long programmeId, long personId, LocalDate registeredOn, String meetingReference) {
        return registrations.registerMember(programmeId, personId, registeredOn, meetingReference);
    }

    /** The member a registration belongs to ({@code null} for an organization's registration). */
    public PersonRef memberOf(Registration registration) {
        return registrations.memberOf(registration);
    }

    /** Members, registrations, reviews this period and recognitions of a members' programme under a path, in the account's scope. */
    public Summary memberSummary(Programme programme, String within) {
        return memberBoards.memberSummary(programme, within);
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
        return memberBoards.memberBoard(programme, within, page);
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
        return memberBoards.myProgrammes();
    }

    // ---- plan items --------------------------------------------------------------------------

    public List<PlanItem> planItems(long registrationId) {
        return plans.planItems(registrationId);
    }

    @Transactional
    public PlanItem addPlanItem(long registrationId, String criterionCode, String content, Long responsibleId, LocalDate dueDate) {
        return plans.addPlanItem(registrationId, criterionCode, content, responsibleId, dueDate);
    }

    @Transactional
    public PlanItem updatePlanItem(long registrationId, long itemId, PlanItem.Status status, String note, Long version) {
        return plans.updatePlanItem(registrationId, itemId, status, note, version);
    }

    // ---- self-review -------------------------------------------------------------------------

    /** One indicator on the review sheet: what was recorded and, where a module supplies it, the automatic value. */
    public record ReviewLine(RulebookDefinition.Criterion criterion, RulebookDefinition.Indicator indicator, SelfReview saved,
                             Optional<BigDecimal> automatic) {
    }

    public record Sheet(String period, List<ReviewLine> lines, RecognitionCalculator.Outcome outcome) {
    }

    public Sheet sheet(long registrationId, String period) {
        return reviews.sheet(registrationId, period);
    }

    /** Records a period's self-review, all indicators at once (all or nothing); see {@link SelfReviews#saveReview}. */
    @Transactional
    public Sheet saveReview(long registrationId, String period, Map<String, String> values, Map<String, String> notes) {
        return reviews.saveReview(registrationId, period, values, notes);
    }
}
