package vn.chibo.dashboard;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.PeriodChoice;
import vn.chibo.todo.TodoList;

/** The start page: figures for the account's scope, or the member's own record. */
@Controller
class DashboardController {

    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final vn.chibo.emulation.EmulationOverview emulation;
    private final vn.chibo.classification.ClassificationOverview classification;
    private final TodoList todos;
    private final ScopeDashboard dashboard;
    private final Clock clock;

    DashboardController(OrganizationDirectory organizations, PersonDirectory people,
                        vn.chibo.emulation.EmulationOverview emulation,
                        vn.chibo.classification.ClassificationOverview classification, TodoList todos,
                        ScopeDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.todos = todos;
        this.classification = classification;
        this.organizations = organizations;
        this.people = people;
        this.emulation = emulation;
        this.clock = clock;
    }

    /** The dashboard's figures and charts of an organization in the account's scope, for the start page to swap in. */
    @GetMapping("/dashboard/board")
    String board(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) Long since, Model model) {
        PeriodChoice choice = PeriodChoice.of(preset, from, to, java.time.LocalDate.now(clock), ScopeDashboard.OPENING_PRESET);
        java.time.Instant askedAt = since == null ? clock.instant() : java.time.Instant.ofEpochMilli(since);
        var ready = dashboard.build(org, choice, askedAt);
        if (ready.isEmpty()) {
            // a large subtree changed: the figures are computed in the background, and the fragment asks again
            Map<String, Object> keep = new java.util.LinkedHashMap<>();
            if (org != null) {
                keep.put("org", org);
            }
            keep.put("since", askedAt.toEpochMilli());
            model.addAttribute("askAgain", choice.url("/dashboard/board", keep));
            return "dashboard/board :: pending";
        }
        ScopeDashboard.Board board = ready.get();
        model.addAttribute("board", board);
        model.addAttribute("periodKeep", board.organization().id() == dashboard.home()
                ? Map.of() : Map.of("org", board.organization().id()));
        return "dashboard/board :: board";
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        ChiboUser user = CurrentUser.get();
        boolean seesOrganizations = user.isAdmin() || user.canSee(user.scopePath());
        model.addAttribute("seesOrganizations", seesOrganizations);
        model.addAttribute("todos", todos.itemsFor(user));
        if (user.personId() != null) {
            model.addAttribute("myself", people.find(user.personId()).orElse(null));
            model.addAttribute("myEmulation", emulation.mine());
            model.addAttribute("myClassification", classification.mine());
            model.addAttribute("today", java.time.LocalDate.now(clock));
        }
        if (!seesOrganizations) {
            return "dashboard/home";
        }
        if (ScopeDashboard.hasDashboard(user)) {
            // the figures may take seconds (a whole region's review): the page asks for them once it is shown
            PeriodChoice choice = PeriodChoice.of(preset, from, to, java.time.LocalDate.now(clock), ScopeDashboard.OPENING_PRESET);
            long shown = dashboard.visible(org);
            model.addAttribute("boardUrl", choice.url("/dashboard/board", shown == dashboard.home() ? Map.of() : Map.of("org", shown)));
        }
        model.addAttribute("programmes", emulation.currentYear());
        model.addAttribute("classificationRounds", classification.latestRounds());
        String scope = user.isAdmin() ? null : user.scopePath();
        if (user.scopeOrganizationId() != null && !user.isAdmin()) {
            model.addAttribute("scopeOrganization", organizations.find(user.scopeOrganizationId()).orElse(null));
        }
        Map<OrganizationType, Long> byType = organizations.countActiveByType(scope);
        Map<PartyStatus, Long> byStatus = people.countByStatus(scope);
        long members = byStatus.getOrDefault(PartyStatus.OFFICIAL, 0L) + byStatus.getOrDefault(PartyStatus.PROBATIONARY, 0L);
        long masses = byStatus.getOrDefault(PartyStatus.MASS, 0L) + byStatus.getOrDefault(PartyStatus.SYMPATHISER, 0L);
        model.addAttribute("byType", byType);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("cells", byType.getOrDefault(OrganizationType.CELL, 0L));
        model.addAttribute("committees", byType.getOrDefault(OrganizationType.UPPER_COMMITTEE, 0L)
                + byType.getOrDefault(OrganizationType.GRASSROOTS_COMMITTEE, 0L)
                + byType.getOrDefault(OrganizationType.PARTIAL_COMMITTEE, 0L));
        model.addAttribute("members", members);
        model.addAttribute("masses", masses);
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("statuses", PartyStatus.values());
        return "dashboard/home";
    }
}
