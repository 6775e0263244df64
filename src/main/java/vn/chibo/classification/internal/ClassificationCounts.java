package vn.chibo.classification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;

/**
 * A round's entries counted from {@code classification_group_count} (kept by the database in the writer's transaction,
 * Flyway V43) instead of the entries themselves. The entries under a subtree {@code N} are, without overlap:
 * <ol>
 * <li>those of the groups whose deciding organization lies in {@code N} (a subject lies under its deciding
 * organization), read from the counts;</li>
 * <li>the "strays" under {@code N}, subjects no longer under their deciding organization after a move, counted on rows
 * of their own that carry their organization's path;</li>
 * <li>those decided by an organization above {@code N}, read from the entries along the deciding-path index: only
 * the groups of {@code N}'s few ancestors.</li>
 * </ol>
 * When {@code N} holds the whole round, every count row is summed. {@code ClassificationCountsTest} proves each figure
 * equal to a count of the entries, on H2 and PostgreSQL, after decisions and moves.
 */
@Component
class ClassificationCounts {

    /** A count of entries with one subject kind, status and decided grade ({@code ""} when undecided). */
    record Count(String kind, String status, String grade, long entries) {
    }

    private final JdbcTemplate jdbc;

    ClassificationCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The round's entries under {@code path} (its whole subtree when the path holds the round), by kind, status, grade;
     * {@code condition} as in {@link #total}.
     */
    List<Count> under(ClassificationRound round, String path, String condition, Object... params) {
        String extra = condition == null ? "" : " and " + condition;
        Object[] bound = new Object[params.length + 1];
        bound[0] = round.getId();
        System.arraycopy(params, 0, bound, 1, params.length);
        List<Count> counts = new ArrayList<>();
        RowCallbackHandler add = rs -> counts.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        if (round.getOrgPath().startsWith(path)) {
            jdbc.query("select subject_kind, status, grade, sum(entries) from classification_group_count where round_id = ?"
                    + extra + " group by subject_kind, status, grade", add, bound);
            return counts;
        }
        Subtree subtree = Subtree.ofPrefix(path);
        jdbc.query("select subject_kind, status, grade, sum(entries) from classification_group_count where round_id = ? and ("
                + "(stray_org_id = 0 and " + subtree.sql("deciding_org_path") + ") or " + subtree.sql("stray_org_path") + ")"
                + extra + " group by subject_kind, status, grade", add, bound);
        String above = ancestors(path);
        if (!above.isEmpty()) {
            jdbc.query("select subject_kind, status, coalesce(decided_grade, ''), count(*) from classification_entry"
                    + " where round_id = ? and deciding_org_path in (" + above + ") and " + subtree.sql("org_path")
                    + extra + " group by subject_kind, status, decided_grade", add, bound);
        }
        return counts;
    }

    /**
     * The round's entries under each direct sub-organization of {@code path}, keyed by the child's path, and those of
     * the subjects directly at {@code path}, keyed by {@code path}: the groups decided strictly inside {@code path} (a
     * subject lies under its deciding organization, so under the same child) and the strays from the counts, the
     * entries decided by {@code path} or above from the entries, along the deciding-path index.
     */
    Map<String, List<Count>> byChild(ClassificationRound round, String path) {
        Subtree subtree = Subtree.ofPrefix(path);
        Map<String, List<Count>> byChild = new HashMap<>();
        RowCallbackHandler add = rs -> byChild.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                .add(new Count(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
        jdbc.query("select " + subtree.childPathSql("p") + ", subject_kind, status, grade, sum(entries) from (select case when"
                + " stray_org_id = 0 then deciding_org_path else stray_org_path end as p, subject_kind, status, grade, entries"
                + " from classification_group_count where round_id = ? and ((stray_org_id = 0 and "
                + subtree.sql("deciding_org_path") + " and deciding_org_path <> '" + path + "') or (stray_org_id <> 0 and "
                + subtree.sql("stray_org_path") + "))) x group by " + subtree.childPathSql("p") + ", subject_kind, status, grade",
                add, round.getId());
        String atOrAbove = ancestors(path);
        atOrAbove = (atOrAbove.isEmpty() ? "" : atOrAbove + ", ") + "'" + path + "'";
        jdbc.query("select " + subtree.childPathSql("org_path") + ", subject_kind, status, coalesce(decided_grade, ''), count(*)"
                + " from classification_entry where round_id = ? and deciding_org_path in (" + atOrAbove + ") and "
                + subtree.sql("org_path") + " group by " + subtree.childPathSql("org_path") + ", subject_kind, status, decided_grade",
                add, round.getId());
        return byChild;
    }

    /**
     * How many entries of the round lie under {@code path} and meet {@code condition}, a condition over
     * {@code subject_kind}, {@code status} and {@code quota_group} only (columns both tables have).
     */
    long total(ClassificationRound round, String path, String condition, Object... params) {
        return under(round, path, condition, params).stream().mapToLong(Count::entries).sum();
    }

    /** One group's counts: entries, self-classified, proposed, decided, excellent and good. */
    record GroupCount(String decidingPath, String quotaGroup, long decidingOrgId, long[] counts) {
    }

    /** A page of groups and how many there are. */
    record Groups(List<GroupCount> lines, long total, int page) {
    }

    /**
     * The groups with entries under {@code path} (the account's scope; entries outside it are not counted), whose
     * deciding organization lies under {@code inside} when given, in tree order (deciding path, then group).
     */
    Groups groups(ClassificationRound round, String path, String inside, int page, int size) {
        String decidedInside = inside == null ? "" : " and " + Subtree.ofPrefix(inside).sql("deciding_org_path");
        List<Object> params = new ArrayList<>(List.of(round.getId()));
        String counted = "select deciding_org_path, quota_group, deciding_org_id, entries as n,"
                + " case when status = 'SELF_CLASSIFIED' then entries else 0 end as s,"
                + " case when status = 'PROPOSED' then entries else 0 end as p,"
                + " case when status = 'DECIDED' then entries else 0 end as d,"
                + " case when grade = 'EXCELLENT' then entries else 0 end as e,"
                + " case when grade = 'GOOD' then entries else 0 end as g"
                + " from classification_group_count where round_id = ?" + decidedInside;
        String above = ancestors(path);
        if (!round.getOrgPath().startsWith(path)) {
            Subtree subtree = Subtree.ofPrefix(path);
            counted += " and ((stray_org_id = 0 and " + subtree.sql("deciding_org_path") + ") or "
                    + subtree.sql("stray_org_path") + ")";
            if (!above.isEmpty()) {
                counted += " union all select deciding_org_path, quota_group, deciding_org_id, 1,"
                        + " case when status = 'SELF_CLASSIFIED' then 1 else 0 end,"
                        + " case when status = 'PROPOSED' then 1 else 0 end,"
                        + " case when status = 'DECIDED' then 1 else 0 end,"
                        + " case when decided_grade = 'EXCELLENT' then 1 else 0 end,"
                        + " case when decided_grade = 'GOOD' then 1 else 0 end"
                        + " from classification_entry where round_id = ? and deciding_org_path in (" + above + ") and "
                        + subtree.sql("org_path") + decidedInside;
                params.add(round.getId());
            }
        }
        String grouped = "select deciding_org_path, quota_group, deciding_org_id, sum(n) as n, sum(s) as s, sum(p) as p,"
                + " sum(d) as d, sum(e) as e, sum(g) as g"
                + " from (" + counted + ") x group by deciding_org_path, quota_group, deciding_org_id having sum(n) > 0";
        long total = jdbc.queryForObject("select count(*) from (" + grouped + ") y", Long.class, params.toArray());
        int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / size)));
        List<GroupCount> lines = jdbc.query(grouped + " order by deciding_org_path, quota_group limit " + size
                        + " offset " + (safePage * size),
                (rs, n) -> new GroupCount(rs.getString(1), rs.getString(2), rs.getLong(3), new long[] {rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)}), params.toArray());
        return new Groups(lines, total, safePage);
    }

    /** The strict ancestors of a path as SQL literals: {@code '/1/', '/1/11/'} for {@code /1/11/14/}; validated digits only. */
    static String ancestors(String path) {
        if (!Subtree.isPath(path)) {
            return "";
        }
        String[] ids = path.substring(1).split("/");
        List<String> paths = new ArrayList<>();
        StringBuilder prefix = new StringBuilder("/");
        for (int i = 0; i < ids.length - 1; i++) {
            prefix.append(ids[i]).append('/');
            paths.add(prefix.toString());
        }
        return paths.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "));
    }
}
