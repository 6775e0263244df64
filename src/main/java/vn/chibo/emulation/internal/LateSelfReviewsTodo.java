package vn.chibo.emulation.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Officer: registrations of his subtree that have not reviewed themselves for the period just ended (the previous month,
 * quarter, half or year, by each model's rulebook), counted per programme in one item that opens the programme's board
 * at his organization; due at once, the period being over. Registrations made after the period ended are not late.
 */
@Component
class LateSelfReviewsTodo implements TodoSource {

    static final String KIND = "evaluation.lateSelfReviews";

    private final JdbcClient jdbc;
    private final ProgrammeRepository programmes;
    private final RulebookService rulebooks;
    private final Formats fmt;

    LateSelfReviewsTodo(JdbcClient jdbc, ProgrammeRepository programmes, RulebookService rulebooks,
                        Formats fmt) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.fmt = fmt;
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.role() != Role.OFFICER || user.scopeOrganizationId() == null || !Subtree.isPath(user.scopePath())) {
            return List.of();
        }
        String within = Subtree.of(user.scopePath()).sql("s.org_path");
        // the few programmes of the two years, each probed for one registration of the subtree on its path index (a
        // "distinct" over the registrations read all of them: 280 ms for the whole country)
        List<Long> ids = jdbc.sql("select p.id from programme p where p.programme_year between :from and :to and exists"
                        + " (select 1 from registration s where s.programme_id = p.id and " + within + ") order by p.id")
                .param("from", today.getYear() - 1).param("to", today.getYear()).query(Long.class).list();
        List<TodoItem> items = new ArrayList<>();
        for (Long id : ids) {
            Programme programme = programmes.findById(id).orElseThrow();
            Rulebook rulebook = rulebooks.find(programme.getRulebookId()).orElseThrow();
            RulebookDefinition.ReviewFrequency frequency = rulebooks.definition(rulebook).reviewFrequency();
            LocalDate ended = ReviewPeriod.start(frequency, today).minusDays(1);
            if (ended.getYear() != programme.getYear()) {
                continue;
            }
            String period = ReviewPeriod.of(frequency, ended);
            long late = late(id, Subtree.of(user.scopePath()), ended, period);
            if (late > 0) {
                boolean members = rulebook.getSubjectKind() == vn.chibo.rules.SubjectKind.MEMBER;
                items.add(TodoItem.due(KIND, "todo.evaluation.lateSelfReviews" + (members ? ".members" : "")
                                + (SelfReviewTodo.monthly(period) ? ".month" : ""),
                        List.of(fmt.number(late), SelfReviewTodo.label(period, fmt), programme.getName()),
                        "/programmes/" + id + "?within=" + user.scopeOrganizationId(), ended, today, 0));
            }
        }
        return items;
    }

    /**
     * Registrations of a programme within a subtree, made by {@code ended}, not reviewed for {@code period}: those of the
     * subtree less those marked reviewed for the period (registration_review, V45), less the few registered after the
     * period ended that are not reviewed (not late). Three index ranges instead of a probe of the reviews per
     * registration (250 ms for the country's "Chi bộ 4 tốt").
     */
    long late(long programmeId, Subtree subtree, LocalDate ended, String period) {
        String within = subtree.sql("s.org_path");
        return jdbc.sql("select (select count(*) from registration s where s.programme_id = :p and " + within + ")"
                        + " - (select count(*) from registration_review s where s.programme_id = :p"
                        + " and s.review_period = :period and " + within + ")"
                        + " - (select count(*) from registration s where s.programme_id = :p and s.registered_on > :ended"
                        + " and " + within + " and not exists (select 1 from registration_review r"
                        + " where r.registration_id = s.id and r.review_period = :period))")
                .param("p", programmeId).param("ended", ended).param("period", period).query(Long.class).single();
    }
}
