package vn.chibo.statistics.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.shared.web.PeriodChoice;
import vn.chibo.statistics.OpeningReviews;
import vn.chibo.statistics.ReviewPeriod;

/** The review page opens with the last three years ("sơ kết 3 năm"). */
@Component
class ReviewPageOpening implements OpeningReviews {

    static final String PRESET = PeriodChoice.LAST_3;

    @Override
    public List<ReviewPeriod> opening(LocalDate today) {
        PeriodChoice chosen = PeriodChoice.of(null, null, null, today, PRESET);
        return List.of(new ReviewPeriod(chosen.from(), chosen.to()));
    }
}
