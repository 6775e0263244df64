package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.web.FlashMessages;
import vn.chibo.shared.web.PeriodChoice;
import vn.chibo.shared.web.PeriodInput;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.statistics.internal.ChangeRecords;
import vn.chibo.statistics.internal.ReviewFiguresService;

/**
 * ‘Số liệu sơ kết’: an organization in scope and a period (presets or a dd/MM/yyyy range), every figure
 * by year and by sub-organization (drill-down), shares with their numerator and denominator, the lock
 * and what changed since.
 */
@Controller
@RequestMapping("/statistics/review")
class ReviewPageController {

    private final ReviewFiguresService reviews;
    private final OrganizationDirectory organizations;
    private final ChangeRecords changeRecords;
    private final FigureLabels labels;
    private final Clock clock;

    ReviewPageController(ReviewFiguresService reviews, OrganizationDirectory organizations, ChangeRecords changeRecords,
                         FigureLabels labels, Clock clock) {
        this.reviews = reviews;
        this.organizations = organizations;
        this.changeRecords = changeRecords;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Long since, Model model) {
        long organizationId = org != null ? org : reviews.defaultOrganization();
        PeriodChoice choice = PeriodChoice.of(preset, from, to, LocalDate.now(clock), ReviewPageOpening.PRESET);
        if (choice.errorKey() != null) {
            model.addAttribute("periodError", choice.errorKey());
            model.addAttribute("periodErrorValue", choice.errorValue());
        }
        String chosen = choice.preset();
        ReviewPeriod period = new ReviewPeriod(choice.from(), choice.to());
        Instant askedAt = since == null ? clock.instant() : Instant.ofEpochMilli(since);
        var ready = reviews.reviewWhenReady(organizationId, period, askedAt);
        model.addAttribute("preset", chosen);
        model.addAttribute("choice", choice);
        model.addAttribute("periodKeep", Map.of("org", organizationId));
        model.addAttribute("trail", organizations.breadcrumbs(organizationId));
        if (ready.isEmpty()) {
            // a large subtree changed: its figures are computed in the background, and the page asks again meanwhile
            model.addAttribute("pendingOrganization", organizations.requireVisible(organizationId));
            model.addAttribute("period", period);
            model.addAttribute("askAgain", choice.url("/statistics/review",
                    new java.util.TreeMap<>(Map.of("org", organizationId, "since", askedAt.toEpochMilli()))));
            return "statistics/review-pending";
        }
        Review review = ready.get();
        model.addAttribute("review", review);
        Map<String, String> names = labels.of(review.figures().keySet());
        model.addAttribute("labels", names);
        model.addAttribute("tables", ReviewTables.of(review, sections(review), names, reviews.derivations(), labels).tables());
        model.addAttribute("mayLock", CurrentUser.get().may(Permission.LOCK_REVIEW_FIGURES));
        model.addAttribute("mayUnlock", CurrentUser.get().isAdmin());
        if (review.locked()) {
            model.addAttribute("changeRecords", changeRecords.since(organizations.requireVisible(organizationId).path(),
                    review.lock().lockedAt()));
        }
        model.addAttribute("reportBase", "/statistics/review/report?organization=" + organizationId
                + "&from=" + period.from() + "&to=" + period.to());
        return "statistics/review";
    }

    @PostMapping("/lock")
    String lock(@RequestParam long org, @RequestParam String from, @RequestParam String to, RedirectAttributes redirect) {
        ReviewPeriod period = iso(from, to);
        FlashMessages.perform(redirect, "statistics.locked", () -> reviews.lock(org, period));
        return back(org, period);
    }

    @PostMapping("/unlock")
    String unlock(@RequestParam long org, @RequestParam String from, @RequestParam String to, @RequestParam long lock,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        ReviewPeriod period = iso(from, to);
        FlashMessages.perform(redirect, "statistics.unlocked", () -> reviews.unlock(lock, reason));
        return back(org, period);
    }

    private static ReviewPeriod iso(String from, String to) {
        PeriodInput.Days days = PeriodInput.iso(from, to);
        return new ReviewPeriod(days.from(), days.to());
    }

    private static String back(long org, ReviewPeriod period) {
        return "redirect:" + UriComponentsBuilder.fromPath("/statistics/review").queryParam("org", org)
                .queryParam("preset", "custom").queryParam("from", FigureLabels.display(period.from()))
                .queryParam("to", FigureLabels.display(period.to())).toUriString();
    }

    /** Sections in the order of a review report (seed article 000): people first, discipline last. */
    static final List<String> ORDER = List.of("people", "mentoring", "development", "emulation", "units", "classification",
            "meetings", "inspection", "awards", "discipline");

    /** Figures grouped for display: people, mentoring, each emulation model, classification by kind, ... */
    static Map<String, List<String>> sections(Review review) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(review.figures().keySet());
        keys.sort(java.util.Comparator.comparingInt((String k) -> {
            int at = ORDER.indexOf(k.substring(0, k.indexOf('.')));
            return at < 0 ? ORDER.size() : at;
        }));
        for (String key : keys) {
            String[] parts = key.split("\\.");
            String section = ("emulation".equals(parts[0]) || "classification".equals(parts[0])) && parts.length > 2
                    ? parts[0] + "." + parts[1] : parts[0];
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(key);
        }
        return sections;
    }
}
