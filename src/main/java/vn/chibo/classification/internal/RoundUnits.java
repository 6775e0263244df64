package vn.chibo.classification.internal;

import static vn.chibo.classification.internal.ClassificationAccess.scopePrefix;
import static vn.chibo.classification.internal.ClassificationAccess.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.classification.internal.ClassificationService.Figures;
import vn.chibo.classification.internal.ClassificationService.UnitLine;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.text.VietnameseText;

/**
 * A round's counts by unit: one line per direct sub-organization of the organization being looked at
 * (everything below it folded in) and one for the subjects directly under it, so that the lines add up
 * to the cards above them. Counted per path in SQL and folded in Java, as the mentoring board does.
 */
@Component
class RoundUnits {

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organizations;

    RoundUnits(JdbcTemplate jdbc, OrganizationDirectory organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    List<UnitLine> of(ClassificationRound round, OrganizationRef inside) {
        String prefix = scopePrefix();
        if (prefix == null || inside == null) {
            return List.of();
        }
        String root = inside.path();
        Map<String, Map<String, Long>> byChild = new HashMap<>();
        jdbc.query("select org_path, subject_kind, status, decided_grade, count(*) from classification_entry where round_id = ? and "
                + within("org_path", prefix) + " and " + within("org_path", root)
                + " group by org_path, subject_kind, status, decided_grade", rs -> {
                    String child = childOf(root, rs.getString(1));
                    Map<String, Long> counts = byChild.computeIfAbsent(child, c -> new HashMap<>());
                    String kind = rs.getString(2);
                    long n = rs.getLong(5);
                    counts.merge(kind + ":" + rs.getString(3), n, Long::sum);
                    counts.merge(kind + ":ALL", n, Long::sum);
                    if (rs.getString(4) != null) {
                        counts.merge(kind + ":" + rs.getString(4), n, Long::sum);
                    }
                }, round.getId());
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
