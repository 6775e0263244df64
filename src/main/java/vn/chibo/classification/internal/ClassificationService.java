package vn.chibo.classification.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;

/**
 * Annual classification rounds (xếp loại chất lượng): opening a round for a subtree, each subject's
 * self-classification, the advisory body's proposal and the competent level's decision by group,
 * with the quota and the order rules of the rulebook. Scope and role are checked behind this entry
 * point, for pages and API alike; transactions begin here, the collaborators join them.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationService implements vn.chibo.classification.ClassificationOverview {

    /** Keys of the facts other modules' registers supply (the discipline register above all); they override what is declared. */
    public static final String DISCIPLINED_IN_YEAR = RegisterFacts.DISCIPLINED_IN_YEAR;
    public static final String DISCIPLINE_SELF_DETECTED = RegisterFacts.DISCIPLINE_SELF_DETECTED;
    public static final String LEADERSHIP_DISCIPLINED = RegisterFacts.LEADERSHIP_DISCIPLINED;
    public static final String SUBORDINATES_DISCIPLINED_SHARE = RegisterFacts.SUBORDINATES_DISCIPLINED_SHARE;
    /** Violations an inspection found in the year and that are not closed: past shortcomings are then not all fixed. */
    public static final String OPEN_VIOLATIONS = RegisterFacts.OPEN_VIOLATIONS;

    private final ClassificationRounds rounds;
    private final EntryWorkflow workflow;
    private final GroupDecision groups;
    private final ClassificationAccess access;
    private final ClassificationQueries queries;
    private final RegisterFacts facts;
    private final RoundUnits units;

    ClassificationService(ClassificationRounds rounds, EntryWorkflow workflow, GroupDecision groups, ClassificationAccess access,
                          ClassificationQueries queries, RegisterFacts facts, RoundUnits units) {
        this.units = units;
        this.rounds = rounds;
        this.workflow = workflow;
        this.groups = groups;
        this.access = access;
        this.queries = queries;
        this.facts = facts;
    }

    // ---- rounds ------------------------------------------------------------------------------

    public List<ClassificationRound> visibleRounds() {
        return queries.visibleRounds();
    }

    public ClassificationRound round(long id) {
        return queries.round(id);
    }

    public Rulebook rulebookOf(ClassificationRound round) {
        return queries.rulebookOf(round);
    }

    public RulebookDefinition.Classification rules(ClassificationRound round) {
        return queries.rules(round);
    }

    public boolean mayOpen() {
        return access.mayOpen();
    }

    /** Published classification rulebooks in force in the year, the unit's own adaptations first. */
    public List<Rulebook> rulebooksFor(int year) {
        return rounds.rulebooksFor(year);
    }

    @Transactional
    public ClassificationRound open(long organizationId, int year, Long rulebookId, String name, LocalDate selfDeadline,
                                    LocalDate decisionDeadline) {
        return rounds.open(organizationId, year, rulebookId, name, selfDeadline, decisionDeadline);
    }

    /** Kết thúc đợt: results can no longer change; confirmed explicitly, and reversible by {@link #reopen}. */
    @Transactional
    public ClassificationRound close(long roundId, Long version, boolean confirmed) {
        return rounds.close(roundId, version, confirmed);
    }

    @Transactional
    public ClassificationRound reopen(long roundId, Long version) {
        return rounds.reopen(roundId, version);
    }

    // ---- entries -----------------------------------------------------------------------------

    public ClassificationEntry entry(long id) {
        return queries.entry(id);
    }

    /** The signed-in member's own entries, newest round first. */
    public List<ClassificationEntry> myEntries() {
        return queries.myEntries();
    }

    public boolean maySelfClassify(ClassificationEntry entry) {
        return access.maySelfClassify(entry);
    }

    public boolean mayPropose(ClassificationEntry entry) {
        return access.mayPropose(entry);
    }

    public boolean mayDecide(ClassificationEntry entry) {
        return access.mayDecide(entry);
    }

    @Transactional
    public ClassificationEntry selfClassify(long entryId, ClassificationForm form) {
        return workflow.selfClassify(entryId, form);
    }

    @Transactional
    public ClassificationEntry propose(long entryId, ClassificationForm form) {
        return workflow.propose(entryId, form);
    }

    @Transactional
    public ClassificationEntry returnWithReason(long entryId, String reason, Long version) {
        return workflow.returnWithReason(entryId, reason, version);
    }

    /** What the registers say about the subject in the round's year, by fact key (1/0 for yes/no, shares as fractions). */
    public Map<String, java.math.BigDecimal> registerFacts(ClassificationEntry entry, ClassificationRound round) {
        return facts.of(entry, round);
    }

    // ---- lists and figures -------------------------------------------------------------------

    @Override
    public List<RoundFigures> latestRounds() {
        return queries.latestRounds();
    }

    @Override
    public List<MyClassification> mine() {
        return queries.mine();
    }

    /** Counts of a round within the account's scope: per kind, status and decided grade. */
    public record Figures(Map<String, Long> counts) {

        public long get(String kind, String what) {
            return counts.getOrDefault(kind + ":" + what, 0L);
        }

        /** Decided out of all of a kind, and how many of the decided are rated GOOD or EXCELLENT. */
        public vn.chibo.classification.ClassificationOverview.Progress progress(String kind) {
            return new vn.chibo.classification.ClassificationOverview.Progress(get(kind, "ALL"), get(kind, "DECIDED"),
                    get(kind, "EXCELLENT") + get(kind, "GOOD"));
        }

        /** Decided subjects of a kind that were rated (those exempt from classification left out). */
        public long rated(String kind) {
            return get(kind, "DECIDED") - get(kind, "EXEMPT");
        }

        public long goodOrBetter(String kind) {
            return get(kind, "EXCELLENT") + get(kind, "GOOD");
        }

        /** Share (whole percent) of rated subjects of a kind rated GOOD or EXCELLENT. */
        public long goodOrBetterPercent(String kind) {
            long rated = rated(kind);
            return rated == 0 ? 0 : Math.round(100.0 * goodOrBetter(kind) / rated);
        }

        /** The same share with one decimal (94,2), or null while nothing is rated. */
        public java.math.BigDecimal goodOrBetterShare(String kind) {
            long rated = rated(kind);
            return rated == 0 ? null : java.math.BigDecimal.valueOf(1000L * goodOrBetter(kind))
                    .divide(java.math.BigDecimal.valueOf(rated), 0, java.math.RoundingMode.HALF_UP).movePointLeft(1);
        }
    }

    public Figures figures(ClassificationRound round) {
        return queries.figures(round, null);
    }

    /** Counts of a round within the account's scope and, when given, under one organization it may see. */
    public Figures figures(ClassificationRound round, OrganizationRef inside) {
        return queries.figures(round, inside);
    }

    /** The round's counts by direct sub-organization of {@code inside} (and its own subjects), in tree order. */
    /** A unit's counts in a round; {@code unit} is null for the line of the organization's own subjects. */
    public record UnitLine(OrganizationRef unit, Figures figures) {

        public boolean own() {
            return unit == null;
        }
    }

    public List<UnitLine> units(ClassificationRound round, OrganizationRef inside) {
        return units.of(round, inside);
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
        return queries.groups(round, inside, page);
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
        return queries.entries(round, filter);
    }

    // ---- decision by group -------------------------------------------------------------------

    /** What the decision screen shows: the group, its quota now, and what the order rules say of each subject. */
    public record GroupView(ClassificationRound round, String key, OrganizationRef deciding, String within, String kind,
                            List<ClassificationEntry> entries, RulebookDefinition.Classification rules,
                            ClassificationCalculator.QuotaStatus quota, Map<Long, List<OrderProblem>> orderProblems,
                            boolean mayDecide, long decidedExcellent, long decidedGood) {
    }

    public GroupView group(long roundId, String key) {
        return groups.group(roundId, key);
    }

    /** One line of a group decision: the grade chosen (blank: not decided now) and the reason when it differs. */
    public record Decision(long entryId, Long version, String grade, String reason) {
    }

    /** Quyết định xếp loại for a group at once, under one decision number (see {@link GroupDecision#decide}). */
    @Transactional
    public int decideGroup(long roundId, String key, List<Decision> decisions, String decisionNumber, LocalDate decisionDate,
                           String justification) {
        return groups.decide(roundId, key, decisions, decisionNumber, decisionDate, justification);
    }
}
