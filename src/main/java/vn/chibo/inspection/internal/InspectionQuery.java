package vn.chibo.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Lists of the inspection module, counted and limited in SQL: the inspector's worklist, the
 * inspected side's findings, and the officer's board of a subtree per child organization.
 */
@Component
@Transactional(readOnly = true)
public class InspectionQuery {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final Clock clock;
    private final vn.chibo.organization.OrganizationTree tree;

    InspectionQuery(JdbcClient jdbc, OrganizationDirectory organizations, Clock clock, vn.chibo.organization.OrganizationTree tree) {
        this.tree = tree;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
    }

    public record InspectionLine(long id, String subjectName, SubjectType subjectKind, InspectionKind kind, Activity activity,
                                 LocalDate startsOn, LocalDate endsOn, InspectionStatus status, String inspectingOrgName) {
    }

    public record FindingLine(long id, long inspectionId, String subjectName, FindingType type, Severity severity,
                              String criterionCode, String description, FindingStatus status, LocalDate foundOn,
                              boolean repeat, long actions, long overdue) {
    }

    public record ActionLine(long id, long findingId, String subjectName, String content, String ownerName, LocalDate dueOn,
                             Verification verification) {
    }

    public record Section<T>(List<T> rows, long total) {
    }

    public record Worklist(Section<InspectionLine> open, Section<FindingLine> awaitingVerification, Section<ActionLine> overdue) {
    }

    public record BoardRow(OrganizationRef organization, boolean itself, long planned, long done, long openFindings,
                           long overdueActions, long closedFindings, Double averageDaysToClose) {
    }

    /** Việc cần làm của người kiểm tra: where the account is on the inspecting side. */
    public Worklist worklist() {
        ChiboUser user = CurrentUser.get();
        if (!InspectionAccess.mayUseWorklist(user)) {
            throw new ForbiddenException("worklist");
        }
        String scope = user.isAdmin() ? "1 = 1" : InspectionAccess.subtree("%s.inspecting_org_path", user.scopePath());
        String i = scope.replace("%s", "i");
        String f = scope.replace("%s", "f");
        String a = scope.replace("%s", "a");
        LocalDate today = LocalDate.now(clock);
        Section<InspectionLine> open = new Section<>(jdbc.sql(INSPECTION_SELECT + " where i.status in ('OPEN', 'CONCLUDED') and " + i
                + " order by i.starts_on, i.id limit " + PAGE_SIZE).query(InspectionQuery::inspection).list(),
                count("select count(*) from inspection i where i.status in ('OPEN', 'CONCLUDED') and " + i, today));
        Section<FindingLine> awaiting = new Section<>(findings("f.status = 'HANDLED' and " + f, today, 0),
                count("select count(*) from inspection_finding f where f.status = 'HANDLED' and " + f, today));
        String overdue = " a.completed_on is null and (a.verification is null or a.verification <> 'EFFECTIVE')"
                + " and a.due_on < :today and ";
        Section<ActionLine> actions = new Section<>(jdbc.sql("""
                        select a.id, a.finding_id, x.subject_name, a.content, a.owner_name, a.due_on, a.verification
                        from remediation_action a join inspection_finding f on f.id = a.finding_id
                        join inspection x on x.id = f.inspection_id where""" + overdue + a + " order by a.due_on, a.id limit " + PAGE_SIZE)
                .param("today", today)
                .query((rs, n) -> new ActionLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7) == null ? null : Verification.valueOf(rs.getString(7))))
                .list(), count("select count(*) from remediation_action a where" + overdue + a, today));
        return new Worklist(open, awaiting, actions);
    }

    /**
     * Findings whose subject is in the account's scope (the secretary's cell and its members) or the
     * member himself; {@code open} keeps those still to be remedied. Paged.
     */
    public Section<FindingLine> subjectFindings(Long orgId, boolean open, int page) {
        ChiboUser user = CurrentUser.get();
        String condition;
        if (orgId != null) {
            condition = InspectionAccess.subtree("f.org_path", organizations.requireVisible(orgId).path());
        } else if (user.isAdmin()) {
            condition = "1 = 1";
        } else if (user.canSee(user.scopePath())) {
            condition = InspectionAccess.subtree("f.org_path", user.scopePath());
        } else {
            condition = "f.person_id = " + (user.personId() == null ? -1L : user.personId());
        }
        condition += open ? " and f.status in ('OPEN', 'HANDLED')" : " and f.status <> 'NOTED'";
        LocalDate today = LocalDate.now(clock);
        return new Section<>(findings(condition, today, Math.max(0, page)),
                count("select count(*) from inspection_finding f where " + condition, today));
    }

    /** Inspections of subjects in the account's scope or of the member himself, newest first. */
    public Section<InspectionLine> subjectInspections(int page) {
        ChiboUser user = CurrentUser.get();
        String condition = InspectionAccess.scopeCondition(user, "i", null);
        return new Section<>(jdbc.sql(INSPECTION_SELECT + " where " + condition + " order by i.starts_on desc, i.id desc limit "
                        + PAGE_SIZE + " offset " + (long) Math.max(0, page) * PAGE_SIZE).query(InspectionQuery::inspection).list(),
                count("select count(*) from inspection i where " + condition, LocalDate.now(clock)));
    }

    /**
     * Bảng theo dõi: the organization itself and each direct child with its subtree: plan items of
     * the year and how many are done, open findings, overdue actions, findings closed in the year
     * and their average days to close.
     */
    public List<BoardRow> board(OrganizationRef root, int year) {
        return board(root, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The board of a period: plan items of the plan years it touches, findings closed in it; open and overdue now. */
    public List<BoardRow> board(OrganizationRef root, LocalDate from, LocalDate to) {
        ChiboUser user = CurrentUser.get();
        if (!InspectionAccess.mayUseWorklist(user)) {
            throw new ForbiddenException("board");
        }
        String prefix = root.path();
        int len = prefix.length();
        Map<String, long[]> totals = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        collect(totals, 0, "p.org_path", "count(*), sum(case when exists (select 1 from inspection x where x.plan_item_id = i.id)"
                + " then 1 else 0 end)", "inspection_plan_item i join inspection_plan p on p.id = i.plan_id",
                "p.plan_year >= " + from.getYear() + " and p.plan_year <= " + to.getYear(), prefix, len, today);
        collect(totals, 2, "f.org_path", "count(*), 0", "inspection_finding f", "f.status in ('OPEN', 'HANDLED')", prefix, len, today);
        collect(totals, 3, "a.org_path", "count(*), 0", "remediation_action a", "a.completed_on is null and (a.verification is null"
                + " or a.verification <> 'EFFECTIVE') and a.due_on < :today", prefix, len, today);
        collect(totals, 4, "f.org_path", "count(*), sum(f.days_to_close)", "inspection_finding f",
                "f.status = 'CLOSED' and f.closed_on >= '" + from + "' and f.closed_on <= '" + to + "'", prefix, len, today);
        List<BoardRow> rows = new ArrayList<>();
        rows.add(row(root, true, totals.get(prefix)));
        for (OrganizationRef child : tree.activeChildren(root.id())) {
            rows.add(row(child, false, totals.get(child.path())));
        }
        rows.subList(1, rows.size()).sort(java.util.Comparator.comparing(r -> r.organization().name()));
        return rows;
    }

    private static BoardRow row(OrganizationRef organization, boolean itself, long[] t) {
        long[] v = t == null ? new long[6] : t;
        return new BoardRow(organization, itself, v[0], v[1], v[2], v[3], v[4], v[4] == 0 ? null : (double) v[5] / v[4]);
    }

    /** Sums two aggregates per child key (the path prefix one level below the root) into totals[offset], totals[offset + 1]. */
    private void collect(Map<String, long[]> totals, int offset, String pathColumn, String aggregates, String from, String where,
                         String prefix, int len, LocalDate today) {
        String key = "case when position('/' in substring(" + pathColumn + ", " + (len + 1) + ")) = 0 then " + pathColumn
                + " else substring(" + pathColumn + ", 1, " + len + " + position('/' in substring(" + pathColumn + ", " + (len + 1)
                + "))) end";
        int slot = offset == 4 ? 4 : offset;
        String sql = "select " + key + " as k, " + aggregates + " from " + from + " where "
                + InspectionAccess.subtree(pathColumn, prefix) + " and " + where + " group by " + key;
        var spec = jdbc.sql(sql);
        if (sql.contains(":today")) {
            spec = spec.param("today", today);
        }
        spec.query((rs, n) -> {
            long[] t = totals.computeIfAbsent(rs.getString(1), k -> new long[6]);
            t[slot] += rs.getLong(2);
            if (slot == 0) {
                t[1] += rs.getLong(3);
            } else if (slot == 4) {
                t[5] += rs.getLong(3);
            }
            return null;
        }).list();
    }

    private static final String INSPECTION_SELECT = """
            select i.id, i.subject_name, i.subject_kind, i.inspection_kind, i.activity, i.starts_on, i.ends_on, i.status,
                   o.name as inspecting_name from inspection i join organization o on o.id = i.inspecting_org_id""";

    private List<FindingLine> findings(String condition, LocalDate today, int page) {
        return jdbc.sql("""
                        select f.id, f.inspection_id, x.subject_name, f.finding_type, f.severity, f.criterion_code, f.description,
                               f.status, f.found_on, f.repeat_of_id,
                               (select count(*) from remediation_action a where a.finding_id = f.id) as actions,
                               (select count(*) from remediation_action a where a.finding_id = f.id and a.completed_on is null
                                  and (a.verification is null or a.verification <> 'EFFECTIVE') and a.due_on < :today) as overdue
                        from inspection_finding f join inspection x on x.id = f.inspection_id where""" + " " + condition
                        + " order by f.found_on desc, f.id desc limit " + PAGE_SIZE + " offset " + (long) page * PAGE_SIZE)
                .param("today", today)
                .query((rs, n) -> new FindingLine(rs.getLong(1), rs.getLong(2), rs.getString(3), FindingType.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Severity.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), FindingStatus.valueOf(rs.getString(8)),
                        rs.getObject(9, LocalDate.class), rs.getObject(10) != null, rs.getLong(11), rs.getLong(12)))
                .list();
    }

    private long count(String sql, LocalDate today) {
        var spec = jdbc.sql(sql);
        if (sql.contains(":today")) {
            spec = spec.param("today", today);
        }
        return spec.query(Long.class).single();
    }

    private static InspectionLine inspection(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InspectionLine(rs.getLong("id"), rs.getString("subject_name"), SubjectType.valueOf(rs.getString("subject_kind")),
                InspectionKind.valueOf(rs.getString("inspection_kind")), Activity.valueOf(rs.getString("activity")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                InspectionStatus.valueOf(rs.getString("status")), rs.getString("inspecting_name"));
    }
}
