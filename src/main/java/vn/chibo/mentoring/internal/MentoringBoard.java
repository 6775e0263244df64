package vn.chibo.mentoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;

/**
 * Bảng theo dõi mô hình: for an organization and each organization directly under it, the mentors,
 * mentees, groups, sessions this month, progress of the current period, outcomes of the year and
 * awarded mentors and mentees (award records of the register whose person was mentoring or mentored at the decision date). Summed per direct
 * child in SQL from the per-organization yearly counts the database keeps ({@link MentoringCounts}, Flyway V46).
 */
@Service
@Transactional(readOnly = true)
@vn.chibo.shared.replica.ReadsFromReplica
public class MentoringBoard {

    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final MentoringRuleKind rulebooks;
    private final MentoringCounts counts;
    private final Clock clock;
    private final vn.chibo.organization.OrganizationTree tree;

    MentoringBoard(OrganizationDirectory organizations, PersonDirectory people, MentoringRuleKind rulebooks,
                   Clock clock, vn.chibo.organization.OrganizationTree tree,
                   MentoringCounts counts) {
        this.counts = counts;
        this.tree = tree;
        this.organizations = organizations;
        this.people = people;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    /** Figures of one organization's subtree. */
    public static final class Figures {
        public long masses;
        public long mentors;
        public long mentees;
        public long groups;
        /** Sessions held in the period. */
        public long sessionsThisMonth;
        public long reviewed;
        public long reviewedGood;
        public long awardedMentors;
        public final Map<MentoringOutcome, Long> outcomes = new java.util.EnumMap<>(MentoringOutcome.class);

        public long outcome(MentoringOutcome kind) {
            return outcomes.getOrDefault(kind, 0L);
        }

        /** Share of masses with a mentor, in percent (0 when there are none). */
        public long coverage() {
            return masses == 0 ? 0 : Math.min(100, Math.round(100.0 * mentees / masses));
        }

        /** Share of this period's reviews rated good or excellent, in percent. */
        public long progressGood() {
            return reviewed == 0 ? 0 : Math.round(100.0 * reviewedGood / reviewed);
        }

        void add(Figures other) {
            masses += other.masses;
            mentors += other.mentors;
            mentees += other.mentees;
            groups += other.groups;
            sessionsThisMonth += other.sessionsThisMonth;
            reviewed += other.reviewed;
            reviewedGood += other.reviewedGood;
            awardedMentors += other.awardedMentors;
            other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        }
    }

    public record Row(OrganizationRef organization, Figures figures) {
    }

    /**
     * The board of a period: mentors, mentees and groups running at its end (today for a period not over yet);
     * sessions, outcomes and awards dated in it; progress of the last review period ended by its end.
     */
    public record Board(OrganizationRef organization, Figures total, List<Row> rows, String period, int year, LocalDate from,
                        LocalDate to) {
    }

    /** This year's board. */
    public Board board(long organizationId) {
        int year = LocalDate.now(clock).getYear();
        return board(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Board board(long organizationId, LocalDate from, LocalDate to) {
        OrganizationRef root = organizations.requireVisible(organizationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to.isAfter(today) ? today : to;
        MentoringRules rules = rulebooks.rulesFor(root.path(), end);
        // progress is reviewed at the end of a period: the board shows the last period that has ended
        String period = end.equals(today) ? rules.periodOf(today.minusMonths(rules.reviewPeriodMonths()))
                : rules.periodOf(end.plusDays(1).minusMonths(rules.reviewPeriodMonths()));
        List<OrganizationRef> children = tree.activeChildren(root.id()).stream()
                .sorted(java.util.Comparator.comparing(OrganizationRef::name, vn.chibo.shared.text.VietnameseText.collator()))
                .toList();
        Map<String, Figures> byChild = new LinkedHashMap<>();
        children.forEach(c -> byChild.put(c.path(), new Figures()));
        Figures own = new Figures();
        Map<Long, Figures> byId = new HashMap<>();
        children.forEach(c -> byId.put(c.id(), byChild.get(c.path())));
        MentoringCounts.Target target = new MentoringCounts.Target(byId, own);
        // awards come from the award register: its records of people mentoring, or being mentored, at the decision date
        counts.add(root, target, from, end, period);
        // masses per child in one grouped statement over the per-organization people counts
        Map<Long, Long> masses = people.countUnderChildren(root.path(), java.util.EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER));
        for (OrganizationRef child : children) {
            byChild.get(child.path()).masses = masses.getOrDefault(child.id(), 0L);
        }
        Figures total = new Figures();
        total.add(own);
        List<Row> rows = new ArrayList<>();
        for (OrganizationRef child : children) {
            Figures f = byChild.get(child.path());
            total.add(f);
            rows.add(new Row(child, f));
        }
        // every mass of the subtree: under any child (active or not) and the root's own people
        total.masses = masses.values().stream().mapToLong(Long::longValue).sum();
        return new Board(root, total, rows, period, end.getYear(), from, to);
    }
}
