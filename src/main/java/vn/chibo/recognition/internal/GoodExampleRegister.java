package vn.chibo.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.chibo.shared.security.ChiboUser;

/**
 * The good examples ("gương người tốt việc tốt") as a register listed by {@link RegisterQuery}: newest stories first;
 * besides its scope, an account that reads the published stories of its scope sees those too.
 */
public final class GoodExampleRegister implements RegisterList<GoodExampleRegister.Filter, GoodExampleRegister.Row> {

    public static final GoodExampleRegister LIST = new GoodExampleRegister();

    private GoodExampleRegister() {
    }

    /**
     * @param q        accent-insensitive words of the subject's name or the title
     * @param kind     persons or organizations only ({@code null}: both)
     * @param status   one publication status ({@code null}: all)
     * @param fromYear stories dated in this year or later
     * @param toYear   stories dated in this year or earlier
     * @param orgId    the organization whose subtree to list (default: the scope)
     */
    public record Filter(String q, SubjectType kind, GoodExampleStatus status, Integer fromYear, Integer toYear, Long orgId, int page)
            implements RegisterList.Filter {

        public Filter {
            q = q == null ? "" : q;
            page = Math.max(0, page);
        }
    }

    public record Row(long id, SubjectType kind, String subjectName, String organizationName, String title, String excerpt,
                      LocalDate storyDate, GoodExampleStatus status) {
    }

    @Override
    public String table() {
        return "good_example";
    }

    @Override
    public String kindColumn() {
        return "subject_kind";
    }

    @Override
    public String dateColumn() {
        return "story_date";
    }

    @Override
    public String select() {
        return "select r.id, r.subject_kind, r.subject_name, o.name, r.title, substring(r.story, 1, 220), r.story_date, r.status"
                + " from good_example r join organization o on o.id = r.organization_id";
    }

    @Override
    public Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), SubjectType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), GoodExampleStatus.valueOf(rs.getString(8)));
    }

    @Override
    public String scope(ChiboUser user, String path) {
        if (path == null && RecognitionAccess.readsPublishedExamplesOfScope(user)) {
            return "(" + Subjects.scopeCondition(user, "r", null) + " or (r.status = 'PUBLISHED' and "
                    + Subjects.subtree("r", user.scopePath()) + "))";
        }
        return Subjects.scopeCondition(user, "r", path);
    }

    @Override
    public void narrow(Filter filter, RegisterConditions where) {
        if (filter.status() != null) {
            where.add("r.status = :status", "status", filter.status().name());
        }
    }
}
