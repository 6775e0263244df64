package vn.chibo.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.Subtree;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.shared.text.VietnameseText;

/**
 * Works out the live figures of an organization (already checked visible) for a period: every
 * {@link FigureSource} once with the direct sub-organizations as buckets (rows and totals), and once per
 * calendar year with totals only when the period spans years. No scope check, no lock: the service does both.
 */
@Component
class ReviewAssembler {

    private final List<FigureSource> sources;
    private final OrganizationDirectory organizations;
    private final JdbcClient jdbc;

    ReviewAssembler(List<FigureSource> sources, OrganizationDirectory organizations, JdbcClient jdbc) {
        this.sources = List.copyOf(sources);
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** Derived figures (shares, averages) and their numerator and denominator keys, as the last review found them. */
    private volatile Map<String, List<String>> derivations = Map.of();

    Map<String, List<String>> derivations() {
        return derivations;
    }

    /** The derivations a kept answer was computed with (a node that answers from kept answers never assembles). */
    void remember(Map<String, List<String>> derivations) {
        this.derivations = derivations;
    }

    /**
     * The review in one pass per source: each statement groups by bucket and, for a period spanning years, by year
     * ({@link FigureScope#byYear}); sources that cannot are asked again per year.
     */
    Review assemble(OrganizationRef root, ReviewPeriod period) {
        return assemble(root, period, true);
    }

    /**
     * The reference the fast path is tested against: every source once with the buckets, then once per calendar year
     * with totals only, all from the raw rows.
     */
    Review reference(OrganizationRef root, ReviewPeriod period) {
        return assemble(root, period, false);
    }

    private Review assemble(OrganizationRef root, ReviewPeriod period, boolean onePass) {
        List<OrganizationRef> children = children(root);
        FigureScope scope = new FigureScope(Subtree.of(root.path()), children.stream().map(OrganizationRef::path).toList(),
                period, onePass);
        FigureSet all = new FigureSet();
        for (FigureSource source : sources) {
            all.include(source.figures(scope));
            if (period.spansYears() && !(scope.byYear() && source.countsYears())) {
                for (int year : period.years()) {
                    all.yearFrom(year, source.figures(new FigureScope(scope.root(), List.of(), period.within(year))));
                }
            }
        }
        derivations = all.derivations();
        SortedMap<Integer, Map<String, Number>> years = new TreeMap<>();
        if (period.spansYears()) {
            for (int year : period.years()) {
                years.put(year, all.year(year));
            }
        }
        List<Review.Row> rows = new ArrayList<>();
        for (OrganizationRef child : children) {
            rows.add(new Review.Row(unit(child), false, all.bucket(child.path())));
        }
        rows.add(new Review.Row(unit(root), true, all.bucket(root.path())));
        return new Review(unit(root), period.from(), period.to(), all.total(), years, rows, null, List.of());
    }

    /**
     * Direct sub-organizations of any status (a dissolved one keeps its past records), active ones first,
     * each group by name in Vietnamese order. The tree's own table is read for the ids only.
     */
    List<OrganizationRef> children(OrganizationRef root) {
        List<Long> ids = jdbc.sql("select id from organization where parent_id = :id").param("id", root.id())
                .query(Long.class).list();
        return organizations.findAll(ids).values().stream()
                .filter(c -> Subtree.isPath(c.path()) && root.contains(c.path()) && !c.path().equals(root.path()))
                .sorted(Comparator.comparing((OrganizationRef c) -> !c.active())
                        .thenComparing(OrganizationRef::name, VietnameseText.collator()))
                .toList();
    }

    long firstRoot() {
        return jdbc.sql("select min(id) from organization where parent_id is null").query(Long.class).single();
    }

    static Review.Unit unit(OrganizationRef organization) {
        return new Review.Unit(organization.id(), organization.name());
    }
}
