package vn.chibo.statistics.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.statistics.Review;

/**
 * The frozen review as JSON: whole numbers come back as {@link Long}, decimals as {@link java.math.BigDecimal}
 * with their scale (94.0 stays 94.0), so that a locked review reads exactly as it was written.
 */
@Component
class ReviewSnapshots {

    record Snapshot(Review.Unit organization, java.time.LocalDate from, java.time.LocalDate to, Map<String, Number> figures,
                    SortedMap<Integer, Map<String, Number>> years, List<Review.Row> rows) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    String write(Review review) {
        return json.writeValueAsString(new Snapshot(review.organization(), review.from(), review.to(), review.figures(),
                review.years(), review.rows()));
    }

    /** The review as frozen, with the lock and the changes since. */
    Review read(String text, Review.Lock lock, List<Review.Change> changes) {
        Snapshot s = json.readValue(text, Snapshot.class);
        return new Review(s.organization(), s.from(), s.to(), s.figures(), s.years(), s.rows(), lock, changes);
    }
}
