package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;

/**
 * Bảng theo dõi phát triển đảng: candidates per stage for an organization and each organization
 * directly under it ({@link PipelineCounts}), with the overdue and due-soon deadlines of the
 * subtree computed from the rule data in force.
 */
@Service
@Transactional(readOnly = true)
@vn.chibo.shared.replica.ReadsFromReplica
public class PipelineBoard {

    static final int LIST_LIMIT = 50;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final DeadlineQuery deadlines;
    private final Clock clock;
    private final vn.chibo.organization.OrganizationTree tree;
    private final PipelineCounts counts;

    PipelineBoard(JdbcClient jdbc, OrganizationDirectory organizations, PersonDirectory people, DeadlineQuery deadlines, Clock clock,
                  vn.chibo.organization.OrganizationTree tree, PipelineCounts counts) {
        this.tree = tree;
        this.counts = counts;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    static String under(String path) {
        return Subtree.of(path).sql("org_path");
    }

    /** A sub-organization: its candidates at each stage now, and those who reached each stage in the period. */
    public record Row(OrganizationRef organization, Map<Stage, Long> counts, Map<Stage, Long> reached) {

        public long count(Stage stage) {
            return counts.getOrDefault(stage, 0L);
        }

        public long reachedIn(Stage stage) {
            return reached.getOrDefault(stage, 0L);
        }
    }

    /** A candidate with a running deadline. */
    public record DeadlineLine(long candidateId, String name, long organizationId, Stage stage, Deadline deadline) {
    }

    /**
     * The pipeline now (candidates at each stage, running deadlines) and its movement in a period: distinct candidates
     * whose timeline reached each stage in it (the rule of the review figure {@code development.reached.*}) and the
     * admissions (ceremony dated in it).
     */
    public record Board(OrganizationRef organization, Map<Stage, Long> total, List<Row> rows, List<DeadlineLine> overdue,
                        long overdueCount, List<DeadlineLine> dueSoon, long dueSoonCount, int admittedThisYear,
                        Map<Stage, Long> reached, LocalDate from, LocalDate to) {

        public long count(Stage stage) {
            return total.getOrDefault(stage, 0L);
        }

        public long reachedIn(Stage stage) {
            return reached.getOrDefault(stage, 0L);
        }
    }

    /** This year's board. */
    public Board board(long organizationId) {
        int year = LocalDate.now(clock).getYear();
        return board(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Board board(long organizationId, LocalDate from, LocalDate to) {
        OrganizationRef root = organizations.requireVisible(organizationId);
        List<OrganizationRef> children = tree.activeChildren(root.id()).stream()
                .sorted(Comparator.comparing(OrganizationRef::name, vn.chibo.shared.text.VietnameseText.collator())).toList();
        PipelineCounts.Counts now = counts.now(root);
        PipelineCounts.Counts reached = counts.reached(root, from, to);
        List<Row> rows = children.stream().map(c -> new Row(c, now.of(c.id()), reached.of(c.id()))).toList();
        DeadlineQuery.Panel deadlines = this.deadlines.panel(root.path(), LocalDate.now(clock), LIST_LIMIT);
        Integer admitted = jdbc.sql("select count(*) from development_candidate where " + under(root.path())
                        + " and ceremony_on >= :from and ceremony_on <= :to")
                .param("from", from).param("to", to).query(Integer.class).single();
        return new Board(root, now.total(), rows, named(deadlines.overdue()), deadlines.overdueCount(),
                named(deadlines.dueSoon()), deadlines.dueSoonCount(), admitted, reached.total(), from, to);
    }

    /** The first lines with the candidates' names. */
    private List<DeadlineLine> named(List<DeadlineQuery.Line> lines) {
        Map<Long, PersonRef> persons = people.findAll(lines.stream().map(DeadlineQuery.Line::personId).toList());
        return lines.stream().map(l -> new DeadlineLine(l.candidateId(),
                persons.containsKey(l.personId()) ? persons.get(l.personId()).fullName() : "", l.organizationId(), l.stage(),
                l.deadline())).toList();
    }

    /** One line of an organization's candidate list. */
    public record CandidateLine(long id, long personId, String name, long organizationId, Stage stage, LocalDate stageSince) {
    }

    /** Candidates of a subtree at a stage (all open stages when none), 50 a page, most recent step first. */
    public List<CandidateLine> candidates(long organizationId, Stage stage, int page) {
        OrganizationRef root = organizations.requireVisible(organizationId);
        String stageCondition = stage == null
                ? " and stage not in ('OFFICIAL', 'REMOVED', 'WITHDRAWN')" : " and stage = '" + stage.name() + "'";
        List<Object[]> rows = jdbc.sql("select id, person_id, organization_id, stage, stage_since from development_candidate where "
                        + under(root.path()) + stageCondition + " order by stage_since desc, id desc limit 50 offset :offset")
                .param("offset", (long) Math.max(0, page) * 50)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), Stage.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)}).list();
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(r -> (Long) r[1]).toList());
        return rows.stream().map(r -> new CandidateLine((Long) r[0], (Long) r[1],
                persons.containsKey((Long) r[1]) ? persons.get((Long) r[1]).fullName() : "", (Long) r[2], (Stage) r[3],
                (LocalDate) r[4])).toList();
    }
}
