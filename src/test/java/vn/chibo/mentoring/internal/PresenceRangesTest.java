package vn.chibo.mentoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.mentoring.internal.PresenceRanges.Spell;
import vn.chibo.mentoring.internal.PresenceRanges.Weight;

/** The weights of one person per range of years, on a small tree checked by hand. */
class PresenceRangesTest {

    @Test
    void oneAssignmentWeighsOneAtItsOrganizationInEveryRangeItOverlaps() {
        var weights = PresenceRanges.weights(List.of(new Spell("/1/2/5/", 2024, 2025)), 2024, 2026);
        // ranges ending in 2024: 2020–2024 … 2024–2024; in 2025: 2021–2025 … 2025–2025; in 2026: 2022–2026 … 2025–2026
        assertThat(weights).hasSize(5 + 5 + 4).containsEntry(new Weight(2024, 2024, "/1/2/5/"), 1L)
                .containsEntry(new Weight(2025, 2026, "/1/2/5/"), 1L).doesNotContainKey(new Weight(2026, 2026, "/1/2/5/"));
        assertThat(weights.values()).containsOnly(1L);
    }

    @Test
    void twoOrganizationsWeighMinusOneAtTheirCommonAncestorOnlyWhereBothOverlap() {
        var weights = PresenceRanges.weights(List.of(new Spell("/1/2/5/", 2024, 2024), new Spell("/1/3/", 2025,
                PresenceRanges.OPEN)), 2025, 2025);
        assertThat(weights).containsEntry(new Weight(2024, 2025, "/1/2/5/"), 1L)
                .containsEntry(new Weight(2024, 2025, "/1/3/"), 1L)
                .containsEntry(new Weight(2024, 2025, "/1/"), -1L)
                .containsEntry(new Weight(2025, 2025, "/1/3/"), 1L)
                .doesNotContainKey(new Weight(2025, 2025, "/1/2/5/"))
                .doesNotContainKey(new Weight(2025, 2025, "/1/"));
        // the subtree /1/ holds one person in 2024–2025, /1/2/ one, /1/3/ one
        assertThat(sum(weights, 2024, 2025, "/1/")).isEqualTo(1);
        assertThat(sum(weights, 2024, 2025, "/1/2/")).isEqualTo(1);
        assertThat(sum(weights, 2024, 2025, "/1/3/")).isEqualTo(1);
    }

    @Test
    void anOrganizationAndOneBelowItCountOnceInBoth() {
        var weights = PresenceRanges.weights(List.of(new Spell("/1/", 2025, 2025), new Spell("/1/4/", 2025, 2025),
                new Spell("/1/4/", 2025, 2025)), 2025, 2025);
        assertThat(sum(weights, 2025, 2025, "/1/")).isEqualTo(1);
        assertThat(sum(weights, 2025, 2025, "/1/4/")).isEqualTo(1);
    }

    @Test
    void theDifferenceLeavesOutWhatDidNotChange() {
        var before = PresenceRanges.weights(List.of(new Spell("/1/2/", 2024, 2024)), 2024, 2024);
        var after = PresenceRanges.weights(List.of(new Spell("/1/2/", 2024, 2024), new Spell("/1/2/", 2024, 2025)), 2024, 2024);
        assertThat(PresenceRanges.difference(before, after)).isEmpty();
        assertThat(PresenceRanges.difference(before, Map.of())).containsValue(-1L);
    }

    @Test
    void theSubtreeSumsAddEveryWeightToItsOrganizationAndEveryOneAboveIt() {
        var weights = PresenceRanges.weights(List.of(new Spell("/1/2/5/", 2025, 2025), new Spell("/1/3/", 2025, 2025)),
                2025, 2025);
        var sums = PresenceRanges.subtreeSums(weights);
        sums.keySet().removeIf(w -> w.first() != 2025);
        assertThat(sums).containsOnly(Map.entry(new Weight(2025, 2025, "/1/"), 1L),
                Map.entry(new Weight(2025, 2025, "/1/2/"), 1L), Map.entry(new Weight(2025, 2025, "/1/2/5/"), 1L),
                Map.entry(new Weight(2025, 2025, "/1/3/"), 1L));
    }

    private static long sum(Map<Weight, Long> weights, int first, int last, String subtree) {
        return weights.entrySet().stream().filter(e -> e.getKey().first() == first && e.getKey().last() == last
                && e.getKey().path().startsWith(subtree)).mapToLong(Map.Entry::getValue).sum();
    }
}
