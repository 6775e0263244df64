package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The review periods a page opens with, before its reader chooses another (the review page's last three years, the
 * dashboard's trend and period): the large units' answers for them are kept ready in the background, so that an
 * officer opening the page is served a kept answer rather than waiting for every figure to be counted from the rows.
 * Each page that shows reviews by default declares its periods as a bean.
 */
public interface OpeningReviews {

    List<ReviewPeriod> opening(LocalDate today);
}
