package vn.chibo.emulation.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.Formats;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/**
 * Xét công nhận cuối năm waiting on the account: for an officer, proposals waiting for the decision and organizations'
 * self-assessments waiting for the proposal, where the deciding organization (computed from the rulebook, as
 * {@link AssessmentService#decidingOrganization} does) lies in his scope; for a secretary, his members'
 * self-assessments waiting for the cell's proposal. One item per programme, deciding organization and step; due at the
 * end of the programme's year, when recognitions are customarily decided.
 */
@Component
class AssessmentDecisionTodo implements TodoSource {

    static final String KIND = "evaluation.assessmentWaiting";
    static final int SOON_DAYS = 14;

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final ProgrammeRepository programmes;
    private final RulebookService rulebooks;
    private final Formats fmt;

    AssessmentDecisionTodo(JdbcClient jdbc, AssessmentService assessments, ProgrammeRepository programmes,
                           RulebookService rulebooks, Formats fmt) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.fmt = fmt;
    }

    private record Waiting(long registrationId, long programmeId, String programmeName, int year, String orgPath,
                           long organizationId, Long personId, String status) {
        boolean member() {
            return personId != null;
        }
    }

    private record Group(long programmeId, long decidingId, String step) {
    }

    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.isAdmin() || user.scopePath() == null || !Subtree.isPath(user.scopePath())) {
            return List.of();
        }
        boolean decides = user.role() == Role.OFFICER && user.may(Permission.DECIDE_MODELS);
        if (!decides && user.role() != Role.SECRETARY) {
            return List.of();
        }
        Map<Group, List<Waiting>> groups = new LinkedHashMap<>();
        Map<String, OrganizationRef> deciders = new HashMap<>();
        Map<Long, OrganizationRef> decidingOrganizations = new HashMap<>();
        for (Waiting w : waiting(user)) {
            if (w.member() && Objects.equals(w.personId(), user.personId())) {
                continue;
            }
            String step = "PROPOSED".equals(w.status()) ? "decide" : "propose";
            if (decides ? "propose".equals(step) && w.member() : !("propose".equals(step) && w.member())) {
                continue;
            }
            OrganizationRef decider = deciders.computeIfAbsent(w.programmeId() + ":" + w.member() + ":" + w.orgPath(),
                    key -> deciding(w));
            if (decides && !user.canSee(decider.path())) {
                continue;
            }
            decidingOrganizations.put(decider.id(), decider);
            groups.computeIfAbsent(new Group(w.programmeId(), decider.id(), step), g -> new ArrayList<>()).add(w);
        }
        List<TodoItem> items = new ArrayList<>();
        groups.forEach((group, list) -> {
            Waiting first = list.get(0);
            String link = list.size() == 1 ? "/registrations/" + first.registrationId() + "#assessment"
                    : "/programmes/" + group.programmeId() + "?within=" + group.decidingId();
            items.add(TodoItem.due(KIND, "todo.evaluation.assessment." + group.step(),
                    List.of(first.programmeName(), decidingOrganizations.get(group.decidingId()).name(), fmt.number(list.size())),
                    link, LocalDate.of(first.year(), 12, 31), today, SOON_DAYS));
        });
        return items;
    }

    private List<Waiting> waiting(ChiboUser user) {
        return jdbc.sql("""
                        select s.id, p.id, p.name, p.programme_year, s.org_path, s.organization_id, s.person_id, a.status
                        from assessment a join registration s on s.id = a.registration_id join programme p on p.id = s.programme_id
                        where a.status in ('SELF_ASSESSED', 'PROPOSED') and\s""" + Subtree.of(user.scopePath()).sql("s.org_path") + """

                        order by p.programme_year, p.id, s.org_path, s.id""")
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getLong(6), rs.getObject(7) == null ? null : rs.getLong(7), rs.getString(8)))
                .list();
    }

    private OrganizationRef deciding(Waiting w) {
        Programme programme = programmes.findById(w.programmeId()).orElseThrow();
        Rulebook rulebook = rulebooks.find(programme.getRulebookId()).orElseThrow();
        return assessments.decidingOrganization(rulebooks.definition(rulebook).decidedBy(), w.orgPath(),
                w.organizationId(), w.member());
    }
}
