package vn.chibo.emulation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/** Secretary: his cell is registered for a model this year and has not reviewed itself for the current period. */
@Component
class CellSelfReviewTodo implements TodoSource {

    static final String KIND = "evaluation.cellSelfReview";
    private static final int SOON_DAYS = 7;

    private final JdbcClient jdbc;
    private final ProgrammeRepository programmes;
    private final ProgrammeDeployment deployment;
    private final Formats fmt;

    CellSelfReviewTodo(JdbcClient jdbc, ProgrammeRepository programmes, ProgrammeDeployment deployment, Formats fmt) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.deployment = deployment;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.role() != Role.SECRETARY || user.scopeOrganizationId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.programme_id from registration s join programme p on p.id = s.programme_id
                        where s.organization_id = :cell and s.person_id is null and p.programme_year = :year
                        order by p.id""")
                .param("cell", user.scopeOrganizationId()).param("year", today.getYear())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .flatMap(row -> programmes.findById(row[1]).stream().map(programme -> {
                    String period = deployment.currentPeriod(programme);
                    boolean reviewed = jdbc.sql("select count(*) from self_review where registration_id = :r and review_period = :p")
                            .param("r", row[0]).param("p", period).query(Long.class).single() > 0;
                    return reviewed ? null : TodoItem.due(KIND, SelfReviewTodo.monthly(period)
                                    ? "todo.evaluation.cellSelfReview.month" : "todo.evaluation.cellSelfReview",
                            List.of(programme.getName(), SelfReviewTodo.label(period, fmt)),
                            UriComponentsBuilder.fromPath("/registrations/{id}").queryParam("period", period).fragment("review")
                                    .buildAndExpand(row[0]).toUriString(),
                            SelfReviewTodo.end(period), today, SOON_DAYS);
                }))
                .filter(java.util.Objects::nonNull).toList();
    }
}
