package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A source's figures taken from a kept answer ({@link FigureSet#includeKept}) give the same totals, years, buckets,
 * shares, ratios and key order as the set they were kept from, and beside another source's figures the same as
 * including that set.
 */
class FigureSetTest {

    static FigureSet counted() {
        FigureSet set = new FigureSet();
        set.add("/1/2/", "meetings.held", 3L).add("/1/3/", "meetings.held", 5L).add("/1/", "meetings.held", 1L);
        set.add("/1/2/", "meetings.members", 20L).add("/1/3/", "meetings.members", 0L);
        set.distinct("/1/2/", "meetings.people", 7).distinct("/1/3/", "meetings.people", 4).distinctTotal("meetings.people", 10);
        set.addYear(2025, "meetings.held", 4L).addYear(2026, "meetings.held", 5L);
        set.distinctYear(2025, "meetings.people", 6).distinctYear(2026, "meetings.people", 9);
        set.zero("meetings.cancelled");
        set.share("meetings.share", "meetings.held", "meetings.members");
        set.ratio("meetings.average", "meetings.members", "meetings.held");
        set.share("meetings.cancelledShare", "meetings.cancelled", "meetings.held");
        return set;
    }

    static FigureSet other() {
        FigureSet set = new FigureSet();
        set.add("/1/2/", "awards.individual", 2L).addYear(2026, "awards.individual", 2L);
        set.share("awards.share", "awards.individual", "meetings.held");
        return set;
    }

    @Test
    void aSourceTakenFromAKeptAnswerGivesWhatItsSetGave() {
        List<String> paths = List.of("/1/2/", "/1/3/", "/1/");
        FigureSet was = new FigureSet().include(counted()).include(other());
        Map<String, Map<String, Number>> buckets = new LinkedHashMap<>();
        paths.forEach(path -> buckets.put(path, was.bucket(path)));
        Map<Integer, Map<String, Number>> years = new TreeMap<>();
        List.of(2025, 2026).forEach(year -> years.put(year, was.year(year)));

        FigureSet again = new FigureSet();
        List<String> declared = again.includeKept(counted().declaredKeys(), was.derivations(), was.total(), years, buckets);
        again.include(other());

        assertThat(declared).containsExactlyElementsOf(counted().declaredKeys());
        assertThat(again.declaredKeys()).containsExactlyElementsOf(was.declaredKeys());
        assertThat(again.derivations()).isEqualTo(was.derivations());
        assertThat(again.total()).containsExactlyEntriesOf(was.total());
        for (String path : paths) {
            assertThat(again.bucket(path)).as(path).containsExactlyEntriesOf(was.bucket(path));
        }
        for (int year : List.of(2025, 2026)) {
            assertThat(again.year(year)).as("year " + year).containsExactlyEntriesOf(was.year(year));
        }
        assertThat(was.bucket("/1/3/")).as("a share whose denominator is 0 is absent").doesNotContainKey("meetings.share");
        assertThat(was.year(2025)).containsEntry("meetings.members", 0L).containsEntry("awards.individual", 0L);
    }
}
