package vn.chibo.classification.internal;

import static vn.chibo.classification.internal.ClassificationAccess.scopePrefix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.classification.internal.ClassificationService.Figures;
import vn.chibo.classification.internal.ClassificationService.UnitLine;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.text.VietnameseText;

/**
 * A round's counts by unit: one line per direct sub-organization of the organization being looked at
 * (everything below it folded in) and one for the subjects directly under it, so that the lines add up
 * to the cards above them. Read from the counts kept per quota group ({@link ClassificationCounts#byChild}), not
 * from the entries: the national root's round holds hundreds of thousands.
 */
@Component
class RoundUnits {

    private final ClassificationCounts counts;
    private final OrganizationDirectory organizations;

    RoundUnits(ClassificationCounts counts, OrganizationDirectory organizations) {
        this.counts = counts;
        this.organizations = organizations;
    }

    List<UnitLine> of(ClassificationRound round, OrganizationRef inside) {
        String prefix = scopePrefix();
        if (prefix == null || inside == null) {
            return List.of();
        }
        String root = inside.path();
        if (!root.startsWith(prefix)) {
            return List.of();
        }
        Map<String, Map<String, Long>> byChild = new HashMap<>();
        counts.byChild(round, root).forEach((child, rows) -> {
            Map<String, Long> folded = byChild.computeIfAbsent(child, c -> new HashMap<>());
            for (ClassificationCounts.Count count : rows) {
                String kind = count.kind();
                folded.merge(kind + ":" + count.status(), count.entries(), Long::sum);
                folded.merge(kind + ":ALL", count.entries(), Long::sum);
                if (!count.grade().isEmpty()) {
                    folded.merge(kind + ":" + count.grade(), count.entries(), Long::sum);
                }
            }
        });
        byChild.values().removeIf(folded -> folded.values().stream().allMatch(n -> n == 0));
        Map<Long, OrganizationRef> names = organizations.findAll(byChild.keySet().stream()
                .filter(child -> !child.equals(root)).map(RoundUnits::idOf).toList());
        List<UnitLine> lines = new ArrayList<>();
        byChild.forEach((child, counts) -> {
            if (!child.equals(root)) {
                OrganizationRef unit = names.get(idOf(child));
                if (unit != null) {
                    lines.add(new UnitLine(unit, new Figures(counts)));
                }
            }
        });
        lines.sort(Comparator.comparing(line -> line.unit().name(), VietnameseText.collator()));
        Map<String, Long> own = byChild.get(root);
        if (own != null) {
            lines.add(new UnitLine(null, new Figures(own)));
        }
        return lines;
    }

    /** The direct child of {@code root} that {@code path} lies under, or {@code root} itself. */
    static String childOf(String root, String path) {
        if (path.length() <= root.length()) {
            return root;
        }
        return path.substring(0, path.indexOf('/', root.length()) + 1);
    }

    private static long idOf(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
