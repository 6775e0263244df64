package vn.chibo.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.EmulationOverview;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.PeriodChoice;
import vn.chibo.statistics.OpeningReviews;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.statistics.ReviewPeriod;

/**
 * The dashboard of an officer's or a committee's scope (or of an organization in it, drilled down to): key figures of
 * every module for the current year and the chosen period, and the charts. Two questions to the review figures: the
 * last five years (trends, and this year as one of them) and the chosen period (distributions, sub-organizations).
 */
@Component
public class ScopeDashboard implements OpeningReviews {

    /** Trends cover this year and the four before it. */
    static final int TREND_YEARS = 5;

    /** The period the dashboard opens with. */
    static final String OPENING_PRESET = PeriodChoice.LAST_3;

    /** The key figures, in the order of a review report (people first). */
    static final List<String> KEYS = List.of("people.members", "people.masses", "development.admitted",
            "mentoring.mentees", "mentoring.menteesAdmitted", "meetings.held", "meetings.attendanceRate",
            "classification.cells.goodOrBetterShare", "classification.members.goodOrBetterShare", "units.exemplaryShare",
            "awards.total", "discipline.total");

    private final ReviewFigures figures;
    private final EmulationOverview emulation;
    private final OrganizationDirectory organizations;
    private final DashboardCharts charts;
    private final MessageSource messages;
    private final Clock clock;

    ScopeDashboard(ReviewFigures figures, EmulationOverview emulation, OrganizationDirectory organizations,
                   DashboardCharts charts, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.emulation = emulation;
        this.organizations = organizations;
        this.charts = charts;
        this.messages = messages;
        this.clock = clock;
    }

    /** A figure this year and in the chosen period, each with its numerator/denominator text when it is a share. */
    public record KeyFigure(String key, String label, String year, String yearParts, String period, String periodParts) {
    }

    public record Board(Review.Unit organization, int year, PeriodChoice choice, List<KeyFigure> keys, List<Chart> charts,
                 List<OrganizationRef> trail) {

        public Chart chart(String id) {
            return charts.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Chart", id));
        }
    }

    /** The trends' period: this year and the four before it. */
    static ReviewPeriod trend(int year) {
        return ReviewPeriod.ofYears(year - TREND_YEARS + 1, year);
    }

    /** The dashboard opens with the trends and its opening preset: their answers are kept ready for large units. */
    @Override
    public List<ReviewPeriod> opening(LocalDate today) {
        PeriodChoice chosen = PeriodChoice.of(null, null, null, today, OPENING_PRESET);
        return List.of(trend(today.getYear()), new ReviewPeriod(chosen.from(), chosen.to()));
    }

    /** Officers, administrators and inspection committees: the start page is the dashboard of their scope. */
    static boolean hasDashboard(ChiboUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.OFFICER || user.role() == Role.INSPECTOR;
    }

    /** The organization the start page opens on. */
    long home() {
        return figures.defaultOrganization();
    }

    /** The organization the dashboard shows (the account's own by default); 404 outside the account's scope. */
    long visible(Long organizationId) {
        ChiboUser user = CurrentUser.get();
        if (!hasDashboard(user)) {
            throw new NotFoundException("Dashboard", 0L);
        }
        long id = organizationId != null ? organizationId : figures.defaultOrganization();
        return organizations.find(id).filter(o -> user.isAdmin() || user.canSee(o.path())).map(OrganizationRef::id)
                .orElseThrow(() -> new NotFoundException("Organization", id));
    }

    /**
     * The dashboard of an organization in scope, or empty while a large subtree's figures are computed in the
     * background after a change ({@link ReviewFigures#reviewWhenReady}; {@code askedAt} is when the page first asked).
     */
    Optional<Board> build(Long organizationId, PeriodChoice choice, Instant askedAt) {
        return build(organizationId, choice, (id, period) -> figures.reviewWhenReady(id, period, askedAt));
    }

    /** The dashboard computed now, however long it takes (downloads). */
    Board build(Long organizationId, PeriodChoice choice) {
        return build(organizationId, choice, (id, period) -> Optional.of(figures.review(id, period))).orElseThrow();
    }

    private Optional<Board> build(Long organizationId, PeriodChoice choice,
                                  java.util.function.BiFunction<Long, ReviewPeriod, Optional<Review>> reviews) {
        ChiboUser user = CurrentUser.get();
        if (!hasDashboard(user)) {
            throw new NotFoundException("Dashboard", 0L);
        }
        long id = organizationId != null ? organizationId : figures.defaultOrganization();
        int year = LocalDate.now(clock).getYear();
        Optional<Review> trendReady = reviews.apply(id, trend(year));
        Optional<Review> periodReady = reviews.apply(id, new ReviewPeriod(choice.from(), choice.to()));
        if (trendReady.isEmpty() || periodReady.isEmpty()) {
            return Optional.empty();
        }
        Review trend = trendReady.get();
        Review period = periodReady.get();
        Map<String, List<String>> derivations = figures.derivations();
        DashboardCharts.Figures thisYear = new DashboardCharts.Figures(trend.years().getOrDefault(year, trend.figures()),
                derivations);
        DashboardCharts.Figures chosen = new DashboardCharts.Figures(period.figures(), derivations);
        List<KeyFigure> keys = KEYS.stream().map(k -> new KeyFigure(k, messages.getMessage("figure." + k, null, k,
                LocaleContextHolder.getLocale()), value(thisYear.get(k)), parts(k, thisYear), value(chosen.get(k)),
                parts(k, chosen))).toList();
        List<Chart> all = charts.all(trend, period, derivations, emulation.ofYear(id, year),
                child -> "/?org=" + child + "&" + choice.query());
        OrganizationRef scope = user.scopeOrganizationId() == null ? null : organizations.find(user.scopeOrganizationId()).orElse(null);
        List<OrganizationRef> trail = organizations.breadcrumbs(id).stream()
                .filter(o -> user.isAdmin() || scope == null || o.path().startsWith(scope.path())).toList();
        return Optional.of(new Board(period.organization(), year, choice, keys, all, trail));
    }

    private String parts(String key, DashboardCharts.Figures f) {
        long[] p = f.parts(key);
        if (p == null) {
            return null;
        }
        NumberFormat count = NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale());
        return messages.getMessage("dashboard.share." + key, new Object[] {count.format(p[0]), count.format(p[1])},
                count.format(p[0]) + "/" + count.format(p[1]), LocaleContextHolder.getLocale());
    }

    /** 1.234 for counts, 94,2% for shares; a dash when a share has no denominator. */
    static String value(Number value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof BigDecimal d) {
            NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(d) + "%";
        }
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }
}
