package vn.chibo.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.statistics.OpeningReviews;
import vn.chibo.statistics.ReviewPeriod;

/**
 * Keeps the large units' reviews ready before anyone asks: every few minutes, on one node at a time, the periods the
 * pages open with ({@link OpeningReviews}) of every unit of at least
 * {@code chibo.statistics.answers.ready-above-organizations} active organizations are handed, one after the other, to
 * that node's background worker ({@link ReviewRefresher}), which computes the missing or stale answers. Each is queued
 * behind the work already waiting (a page's own), and the pass holds the job's lock until its last answer, so that no
 * other node computes the same answers meanwhile. Without it, the first read of a province's review (ever, on a new
 * day, or after the journal was emptied) counted its figures from the rows inside the officer's request: seconds at
 * the scale of the country. Reads stay exact either way: a kept answer is served only while the database says it is.
 */
@Component
class ReviewsKeptReady {

    static final String NAME = "review-answers-ready";

    private final OrganizationDirectory organizations;
    private final ReviewRefresher refresher;
    private final List<OpeningReviews> openings;
    private final Clock clock;
    /** Units of at least this many active organizations are kept ready; 0 keeps none. */
    private final long above;
    private volatile boolean started;

    ReviewsKeptReady(OrganizationDirectory organizations, ReviewRefresher refresher, List<OpeningReviews> openings,
                     Clock clock, @Value("${chibo.statistics.answers.ready-above-organizations:100}") long above) {
        this.organizations = organizations;
        this.refresher = refresher;
        this.openings = openings;
        this.clock = clock;
        this.above = above;
    }

    /** Not before the application has started (the demo data loaded): answers counted before would be stale at once. */
    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        started = true;
    }

    @Scheduled(initialDelayString = "${chibo.jobs.review-answers-ready.initial-delay:PT30S}",
            fixedDelayString = "${chibo.jobs.review-answers-ready.every:PT5M}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT2H",
            lockAtLeastFor = "${chibo.jobs.review-answers-ready.lock-at-least-for:PT1M}")
    public void keepReady() throws InterruptedException {
        if (started && above > 0 && refresher.computesInBackground()) {
            handOver();
        }
    }

    /** Hands every (large unit, opening period) to the background, one after the other; returns how many. */
    int handOver() throws InterruptedException {
        Set<ReviewPeriod> periods = periods(LocalDate.now(clock));
        List<OrganizationRef> units = organizations.activeWithSubtreeOfAtLeast(above);
        int handed = 0;
        for (OrganizationRef unit : units) {
            for (ReviewPeriod period : periods) {
                if (!refresher.computesInBackground()) {
                    return handed;
                }
                refresher.keepReady(unit, period);
                handed++;
            }
        }
        return handed;
    }

    /** The opening periods of every page, once each, of those whose answers are kept. */
    Set<ReviewPeriod> periods(LocalDate today) {
        Set<ReviewPeriod> periods = new LinkedHashSet<>();
        openings.forEach(opening -> opening.opening(today).stream().filter(ReviewAnswers::kept).forEach(periods::add));
        return periods;
    }
}
