package vn.chibo.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
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
 * {@link FigureSource} once with the direct sub-organizations as buckets (rows and totals) and each year's totals in
 * the same pass, or only the sources whose tables changed since a kept answer ({@link #update}). No scope check, no
 * lock: the service does both.
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
     * A review as one pass found it, with what keeping it needs: the derived figures' definitions, the keys each source
     * declared (by source name, {@link FigureSet#declaredKeys}) and the sources it counted anew (all of them, unless
     * the pass {@link #update updated} a kept answer).
     */
    record Pass(Review review, Map<String, List<String>> derivations, Map<String, List<String>> sourceKeys,
                List<String> counted) {
    }

    /**
     * The review in one pass per source: each statement groups by bucket and, for a period spanning years, by year
     * ({@link FigureScope#byYear}); sources that cannot are asked again per year.
     */
    Review assemble(OrganizationRef root, ReviewPeriod period) {
        return pass(root, period, null, Set.of()).review();
    }

    /**
     * A kept answer brought up to date: the sources that read a table changed since it was counted ({@code changed},
     * {@link FigureSource#tables}), and those that depend on the day when it was counted on an earlier one
     * ({@link ReviewAnswers#NEW_DAY}), are counted anew from the raw rows; the others' figures are taken from it. Counted
     * in full when there is no kept answer, when it does not say what a source gave, or when the direct
     * sub-organizations are no longer those of its rows.
     */
    Pass update(OrganizationRef root, ReviewPeriod period, ReviewAnswers.Kept kept, Set<String> changed) {
        if (kept == null || changed.contains(ReviewAnswers.UNNAMED)) {
            return pass(root, period, null, Set.of());
        }
        return pass(root, period, kept, changed);
    }

    /**
     * The reference the fast path is tested against: every source once with the buckets, then once per calendar year
     * with totals only, all from the raw rows.
     */
    Review reference(OrganizationRef root, ReviewPeriod period) {
        List<OrganizationRef> children = children(root);
        FigureScope scope = new FigureScope(Subtree.of(root.path()), children.stream().map(OrganizationRef::path).toList(),
                period, false);
        FigureSet all = new FigureSet();
        for (FigureSource source : sources) {
            all.include(counted(source, scope));
        }
        return review(root, period, children, all);
    }

    private Pass pass(OrganizationRef root, ReviewPeriod period, ReviewAnswers.Kept kept, Set<String> changed) {
        List<OrganizationRef> children = children(root);
        FigureScope scope = new FigureScope(Subtree.of(root.path()), children.stream().map(OrganizationRef::path).toList(),
                period, true);
        Map<String, Map<String, Number>> keptBuckets = kept == null ? null : buckets(kept.answer().review(), root, children);
        FigureSet all = new FigureSet();
        Map<String, List<String>> sourceKeys = new LinkedHashMap<>();
        List<String> counted = new ArrayList<>();
        for (FigureSource source : sources) {
            String name = name(source);
            List<String> keys = keptBuckets == null ? null : kept.sourceKeys().get(name);
            if (keys == null || source.tables().isEmpty() || source.tables().stream().anyMatch(changed::contains)
                    || source.dependsOnToday() && changed.contains(ReviewAnswers.NEW_DAY)) {
                FigureSet figures = counted(source, scope);
                counted.add(name);
                sourceKeys.put(name, figures.declaredKeys());
                all.include(figures);
            } else {
                Review was = kept.answer().review();
                sourceKeys.put(name, all.includeKept(keys, kept.answer().derivations(), was.figures(), was.years(), keptBuckets));
            }
        }
        Map<String, List<String>> derived = all.derivations();
        derivations = derived;
        return new Pass(review(root, period, children, all), derived, sourceKeys, counted);
    }

    /** One source's figures from the raw rows: the single pass, asked again per year if it cannot count years in it. */
    private static FigureSet counted(FigureSource source, FigureScope scope) {
        FigureSet figures = source.figures(scope);
        ReviewPeriod period = scope.period();
        if (period.spansYears() && !(scope.byYear() && source.countsYears())) {
            for (int year : period.years()) {
                figures.yearFrom(year, source.figures(new FigureScope(scope.root(), List.of(), period.within(year))));
            }
        }
        return figures;
    }

    private static Review review(OrganizationRef root, ReviewPeriod period, List<OrganizationRef> children, FigureSet all) {
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
     * A kept review named and ordered as the tree is now: its units' names are read from the organizations, so that a
     * renamed unit, which changes no figure and is not journaled (V68), shows its new name. Rows that are not today's
     * sub-organizations (never the case of an exact answer) leave the review as it was kept.
     */
    Review named(OrganizationRef root, Review kept) {
        List<OrganizationRef> children = children(root);
        Map<Long, Review.Row> byId = new HashMap<>();
        Review.Row own = null;
        for (Review.Row row : kept.rows()) {
            if (row.own()) {
                own = row;
            } else {
                byId.put(row.organization().id(), row);
            }
        }
        if (own == null || byId.size() != children.size() || !children.stream().allMatch(c -> byId.containsKey(c.id()))) {
            return kept;
        }
        List<Review.Row> rows = new ArrayList<>();
        for (OrganizationRef child : children) {
            rows.add(new Review.Row(unit(child), false, byId.get(child.id()).figures()));
        }
        rows.add(new Review.Row(unit(root), true, own.figures()));
        return new Review(unit(root), kept.from(), kept.to(), kept.figures(), kept.years(), rows, kept.lock(),
                kept.changesSinceLock());
    }

    /**
     * A kept review's rows by the bucket path of today's direct sub-organizations (and the root's own row); null when
     * its rows are not today's sub-organizations (one was added, moved in or out).
     */
    private static Map<String, Map<String, Number>> buckets(Review kept, OrganizationRef root, List<OrganizationRef> children) {
        Map<Long, String> paths = new HashMap<>();
        children.forEach(child -> paths.put(child.id(), child.path()));
        Map<String, Map<String, Number>> buckets = new HashMap<>();
        for (Review.Row row : kept.rows()) {
            String path = row.own() ? (row.organization().id() == root.id() ? root.path() : null) : paths.get(row.organization().id());
            if (path == null || buckets.put(path, row.figures()) != null) {
                return null;
            }
        }
        return buckets.size() == children.size() + 1 ? buckets : null;
    }

    /** A source's name in kept answers: its class's, whatever proxy the container may have put around it. */
    static String name(FigureSource source) {
        return ClassUtils.getUserClass(source).getSimpleName();
    }

    /**
     * Direct sub-organizations of any status (a dissolved one keeps its past records), active ones first,
     * each group by name in Vietnamese order (then by id).
     */
    List<OrganizationRef> children(OrganizationRef root) {
        return organizations.children(root.id()).stream()
                .filter(c -> Subtree.isPath(c.path()) && root.contains(c.path()) && !c.path().equals(root.path()))
                .sorted(Comparator.comparing((OrganizationRef c) -> !c.active())
                        .thenComparing(OrganizationRef::name, VietnameseText.collator()).thenComparingLong(OrganizationRef::id))
                .toList();
    }

    long firstRoot() {
        return jdbc.sql("select min(id) from organization where parent_id is null").query(Long.class).single();
    }

    static Review.Unit unit(OrganizationRef organization) {
        return new Review.Unit(organization.id(), organization.name());
    }
}
