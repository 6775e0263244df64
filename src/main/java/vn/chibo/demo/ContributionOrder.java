package vn.chibo.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.chibo.shared.demo.DemoContributor;

/**
 * The order the demo's contributors run in: each after every contributor it requires; among those free to run, the
 * first by name, so that the order (and so the demo) is the same on every start whatever order Spring lists the beans in.
 * Refuses a contributor that requires one no module contributes, two of one name, and a cycle.
 */
final class ContributionOrder {

    private ContributionOrder() {
    }

    static List<DemoContributor> of(Collection<? extends DemoContributor> contributors) {
        Map<String, DemoContributor> byName = new TreeMap<>();
        for (DemoContributor contributor : contributors) {
            DemoContributor other = byName.put(contributor.name(), contributor);
            if (other != null) {
                throw new IllegalStateException("Two demo contributors are named '" + contributor.name() + "': "
                        + other.getClass().getName() + " and " + contributor.getClass().getName());
            }
        }
        for (DemoContributor contributor : byName.values()) {
            for (String required : sorted(contributor.requires())) {
                if (!byName.containsKey(required)) {
                    throw new IllegalStateException("Demo contributor '" + contributor.name() + "' requires '" + required
                            + "', which no module contributes (contributors: " + String.join(", ", byName.keySet()) + ")");
                }
            }
        }
        List<DemoContributor> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (ordered.size() < byName.size()) {
            DemoContributor next = byName.values().stream()
                    .filter(c -> !done.contains(c.name()) && done.containsAll(c.requires())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo contributors require each other in a cycle: "
                            + String.join(", ", byName.keySet().stream().filter(n -> !done.contains(n)).toList())));
            ordered.add(next);
            done.add(next.name());
        }
        return ordered;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
