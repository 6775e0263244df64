package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.statistics.Review;

class ReviewSnapshotsTest {

    private final ReviewSnapshots snapshots = new ReviewSnapshots();

    /** 160 figures of which every tenth is a share, 65 sub-organizations and the own row, three years. */
    static Review regionSized() {
        List<Review.Row> rows = new ArrayList<>();
        for (int r = 0; r <= 65; r++) {
            rows.add(new Review.Row(new Review.Unit(100 + r, "Đảng bộ Trung đoàn " + r), r == 65, figures(r)));
        }
        SortedMap<Integer, Map<String, Number>> years = new TreeMap<>();
        for (int year = 2024; year <= 2026; year++) {
            years.put(year, figures(year));
        }
        return new Review(new Review.Unit(1, "Đảng bộ Quân khu 10"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                figures(1000), years, rows, null, List.of());
    }

    static Map<String, Number> figures(int seed) {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (int i = 0; i < 160; i++) {
            String key = "module" + (i / 20) + ".someFigureNamedAtLength" + i;
            if (i % 10 == 9) {
                if ((seed + i) % 3 != 0) { // a share is absent where its denominator is 0
                    figures.put(key, new BigDecimal((seed * 7 + i) % 100 + ".0"));
                }
            } else {
                figures.put(key, (long) seed * i % 977);
            }
        }
        return figures;
    }

    @Test
    void aReviewReadsBackExactlyWithAbsentSharesStillAbsentAndDecimalScalesKept() {
        Review review = regionSized();
        Review.Lock lock = new Review.Lock(7, Instant.parse("2026-12-06T02:00:00Z"), "Nguyễn Văn An");
        Review back = snapshots.read(snapshots.write(review), lock, List.of());
        assertThat(back.figures()).isEqualTo(review.figures());
        assertThat(back.years()).isEqualTo(review.years());
        assertThat(back.rows()).isEqualTo(review.rows());
        assertThat(back.organization()).isEqualTo(review.organization());
        assertThat(back.period()).isEqualTo(review.period());
        assertThat(back.lock()).isEqualTo(lock);
        assertThat(back.rows().get(1).figures().get("module0.someFigureNamedAtLength9")).isEqualTo(new BigDecimal("16.0"));
        assertThat(back.rows().get(0).figures()).doesNotContainKey("module0.someFigureNamedAtLength9");
        assertThat(List.copyOf(back.figures().keySet())).isEqualTo(List.copyOf(review.figures().keySet()));
    }

    @Test
    void theKeysAreWrittenOnceSoARegionsAnswerIsSeveralTimesSmaller() {
        Review review = regionSized();
        String earlier = JsonMapper.builder().build().writeValueAsString(new ReviewSnapshots.Snapshot(review.organization(),
                review.from(), review.to(), review.figures(), review.years(), review.rows()));
        String compact = snapshots.write(review);
        assertThat(compact.length() * 3).isLessThan(earlier.length());
    }

    @Test
    void aSnapshotFrozenInTheEarlierLayoutIsStillRead() {
        Review review = regionSized();
        String earlier = JsonMapper.builder().build().writeValueAsString(new ReviewSnapshots.Snapshot(review.organization(),
                review.from(), review.to(), review.figures(), review.years(), review.rows()));
        Review back = snapshots.read(earlier, null, List.of());
        assertThat(back.figures()).isEqualTo(review.figures());
        assertThat(back.rows()).isEqualTo(review.rows());
        assertThat(back.years()).isEqualTo(review.years());
    }
}
