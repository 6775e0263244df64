package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.organization.Subtree;
import vn.chibo.rules.Rulebook;

/**
 * The development rules in force on a day over a subtree, as regions of the subtree: one per revision that applies
 * there, each the owner's subtree minus those of units below it with their own revision. An organization's region
 * holds the revision {@code RuleDocuments.inForce} picks for it (the owner nearest above, then the one taking effect
 * last, then the newest revision), so a query can apply each revision's deadlines to its region in SQL.
 *
 * @param regions the regions that have rules
 * @param uncovered the condition (on {@code org_path}) of the part of the subtree no revision covers, if any
 */
record RuleRegions(List<Region> regions, Optional<String> uncovered) {

    /** A revision's region: a condition on {@code org_path} ("1 = 1" for all of the subtree) and its rules. */
    record Region(String condition, DevelopmentRules rules, Set<LocalDate> holidays) {
    }

    static RuleRegions of(List<Rulebook> published, String rootPath, LocalDate day) {
        Map<String, Rulebook> byOwner = new HashMap<>();
        Comparator<Rulebook> latest = Comparator.comparing((Rulebook r) -> r.getValidFrom() == null ? LocalDate.MIN : r.getValidFrom())
                .thenComparingInt(Rulebook::getRevision).thenComparingLong(Rulebook::getId);
        for (Rulebook revision : published) {
            String owner = revision.getOwnerPath() == null ? "" : revision.getOwnerPath();
            boolean above = rootPath.startsWith(owner);
            boolean below = owner.startsWith(rootPath) && owner.length() > rootPath.length();
            if ((above || below) && revision.covers(day, owner.isEmpty() ? rootPath : owner)) {
                byOwner.merge(owner, revision, (a, b) -> latest.compare(a, b) >= 0 ? a : b);
            }
        }
        // the base: the owner nearest above the subtree's root (or everywhere); then the owners inside, each region
        // less the owners inside it
        Optional<String> base = byOwner.keySet().stream().filter(rootPath::startsWith).max(Comparator.comparingInt(String::length));
        List<String> inside = byOwner.keySet().stream().filter(o -> !rootPath.startsWith(o)).sorted().toList();
        Map<Long, DevelopmentRules> parsed = new HashMap<>();
        List<Region> regions = new ArrayList<>();
        String outsideInner = excluding(inside, null);
        base.ifPresent(owner -> regions.add(region(outsideInner, byOwner.get(owner), parsed)));
        for (String owner : inside) {
            String condition = Subtree.of(owner).sql("org_path") + andNot(excluding(inside, owner));
            regions.add(region(condition, byOwner.get(owner), parsed));
        }
        return new RuleRegions(regions, base.isPresent() ? Optional.empty() : Optional.of(outsideInner));
    }

    private static Region region(String condition, Rulebook revision, Map<Long, DevelopmentRules> parsed) {
        DevelopmentRules rules = parsed.computeIfAbsent(revision.getId(), id -> DevelopmentRules.parse(revision.getDefinitionJson()));
        return new Region(condition, rules, rules.holidaySet());
    }

    /** Not under any of the owners strictly below {@code owner} (below the root when null). */
    private static String excluding(List<String> inside, String owner) {
        String condition = inside.stream().filter(o -> owner == null || (o.startsWith(owner) && !o.equals(owner)))
                .map(o -> "org_path not like '" + Subtree.of(o).path() + "%'").collect(Collectors.joining(" and "));
        return condition.isEmpty() ? "1 = 1" : condition;
    }

    private static String andNot(String condition) {
        return "1 = 1".equals(condition) ? "" : " and " + condition;
    }

    /**
     * These regions, and where no revision covers the subtree, the fallback's regions there (the review figures take
     * today's rules for a day before the first rule set).
     */
    RuleRegions orElse(RuleRegions fallback) {
        if (uncovered.isEmpty()) {
            return this;
        }
        String gap = uncovered.get();
        List<Region> all = new ArrayList<>(regions);
        fallback.regions().forEach(r -> all.add(new Region("(" + r.condition() + ") and (" + gap + ")", r.rules(), r.holidays())));
        return new RuleRegions(all, fallback.uncovered().map(other -> "(" + other + ") and (" + gap + ")"));
    }
}
