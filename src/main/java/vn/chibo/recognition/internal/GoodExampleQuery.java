package vn.chibo.recognition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/** The list of good examples in the account's scope: filtered, counted in SQL, paged by 50, newest stories first. */
@Component
@Transactional(readOnly = true)
public class GoodExampleQuery {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final Subjects subjects;

    GoodExampleQuery(JdbcClient jdbc, Subjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /**
     * @param q        accent-insensitive words of the subject's name or the title
     * @param kind     persons or organizations only ({@code null}: both)
     * @param status   one publication status ({@code null}: all)
     * @param fromYear stories dated in this year or later
     * @param toYear   stories dated in this year or earlier
     * @param orgId    the organization whose subtree to list (default: the scope)
     */
    public record Filter(String q, SubjectType kind, GoodExampleStatus status, Integer fromYear, Integer toYear, Long orgId, int page) {

        public Filter {
            q = q == null ? "" : q;
            page = Math.max(0, page);
        }
    }

    public record Row(long id, SubjectType kind, String subjectName, String organizationName, String title, String excerpt,
                      LocalDate storyDate, GoodExampleStatus status) {
    }

    public record Page(List<Row> rows, long total, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    public Page search(Filter filter) {
        ChiboUser user = CurrentUser.get();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String path = filter.orgId() == null ? null : subjects.organization(filter.orgId()).path();
        if (path == null && RecognitionAccess.readsPublishedExamplesOfScope(user)) {
            conditions.add("(" + Subjects.scopeCondition(user, "r", null) + " or (r.status = 'PUBLISHED' and "
                    + Subjects.subtree("r", user.scopePath()) + "))");
        } else {
            conditions.add(Subjects.scopeCondition(user, "r", path));
        }
        String key = VietnameseText.searchKey(filter.q());
        int i = 0;
        for (String token : key.isEmpty() ? new String[0] : key.split(" ")) {
            conditions.add("r.search_key like :k" + i);
            params.put("k" + i, "%" + token.replace("%", "").replace("_", "") + "%");
            i++;
        }
        if (filter.kind() != null) {
            conditions.add("r.subject_kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            conditions.add("r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.fromYear() != null) {
            conditions.add("r.story_date >= :from");
            params.put("from", LocalDate.of(filter.fromYear(), 1, 1));
        }
        if (filter.toYear() != null) {
            conditions.add("r.story_date <= :to");
            params.put("to", LocalDate.of(filter.toYear(), 12, 31));
        }
        String where = " where " + String.join(" and ", conditions);
        long total = bind(jdbc.sql("select count(*) from good_example r" + where), params).query(Long.class).single();
        List<Row> rows = bind(jdbc.sql("select r.id, r.subject_kind, r.subject_name, o.name, r.title, substring(r.story, 1, 220),"
                        + " r.story_date, r.status from good_example r join organization o on o.id = r.organization_id" + where
                        + " order by r.story_date desc, r.id desc limit " + PAGE_SIZE + " offset " + (long) filter.page() * PAGE_SIZE),
                params).query((rs, n) -> new Row(rs.getLong(1), SubjectType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        GoodExampleStatus.valueOf(rs.getString(8)))).list();
        return new Page(rows, total, filter.page());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        JdbcClient.StatementSpec bound = spec;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            bound = bound.param(e.getKey(), e.getValue());
        }
        return bound;
    }
}
