package vn.chibo.mentoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * H2's side of {@code mentoring_award} (Flyway V46; PL/pgSQL {@code mentoring_award_recount} on PostgreSQL): the awards of
 * the award register that count on the mentoring board, each with its person's role at the decision date (mentoring,
 * being mentored). Recounted for a person when his awards or his assignments change, in the writer's transaction.
 */
final class MentoringAwardRoles {

    private static final String DURING = " and a.start_date <= w.decision_date and (a.end_date is null or a.end_date >= w.decision_date))"
            + " then 1 else 0 end";

    /** The awards of the chosen people ({@code {people}}, a condition on {@code w.person_id}) with a role. */
    static final String ROLES = "select id, person_id, organization_id, org_path, decision_date, to_mentor, to_mentee from ("
            + " select w.id, w.person_id, w.organization_id, w.org_path, w.decision_date,"
            + " case when exists (select 1 from mentoring_assignment a where a.mentor_person_id = w.person_id" + DURING + " as to_mentor,"
            + " case when exists (select 1 from mentoring_assignment a where a.mentee_person_id = w.person_id" + DURING + " as to_mentee"
            + " from award_record w where {people}) x where to_mentor + to_mentee > 0";

    private MentoringAwardRoles() {
    }

    static void recount(Connection conn, Object person) throws SQLException {
        if (person == null) {
            return;
        }
        long id = ((Number) person).longValue();
        addRoles(conn, id, -1);
        try (PreparedStatement delete = conn.prepareStatement("delete from mentoring_award where person_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = conn.prepareStatement("insert into mentoring_award (award_record_id, person_id,"
                + " organization_id, org_path, decision_date, to_mentor, to_mentee) " + ROLES.replace("{people}", "w.person_id = ?"))) {
            insert.setLong(1, id);
            insert.executeUpdate();
        }
        addRoles(conn, id, 1);
    }

    private static void addRoles(Connection conn, long person, int sign) throws SQLException {
        List<Object[]> sums = new ArrayList<>();
        try (PreparedStatement select = conn.prepareStatement("select org_path, extract(year from decision_date), sum(to_mentor),"
                + " sum(to_mentee) from mentoring_award where person_id = ? group by org_path, extract(year from decision_date)")) {
            select.setLong(1, person);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sums.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        for (Object[] sum : sums) {
            MentoringCountTrigger.add(conn, (String) sum[0], (Integer) sum[1], "awards_to_mentors", sign * (Long) sum[2]);
            MentoringCountTrigger.add(conn, (String) sum[0], (Integer) sum[1], "awards_to_mentees", sign * (Long) sum[3]);
        }
    }
}
