package vn.chibo.mentoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the presence counts ({@link PresenceRanges}, Flyway V60) up to next year: the ranges of years ending after the
 * kept horizon are counted from every assignment and group and the horizon raised: once the application has started
 * (after the demo data, which is then counted in one pass rather than row by row), and whenever a new year comes by the
 * {@link Clock} (checked every few minutes, on one node at a time). The database makes raises and the writers of
 * assignments and groups take turns, and a raise finding the horizon already there adds nothing. Until the first raise
 * (or for later years), the review counts its mentoring figures from the rows: slower, as exact.
 */
@Component
class PresenceHorizon {

    static final String NAME = "mentoring-presence-horizon";
    private static final Logger log = LoggerFactory.getLogger(PresenceHorizon.class);
    /** How often the first count is tried before the scheduled check takes over, and how long it waits in between. */
    private static final int ATTEMPTS = 20;
    private static final java.time.Duration RETRY = java.time.Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;

    PresenceHorizon(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Once started (the demo data loaded), the first count runs at once on a thread of its own, not holding up requests. */
    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        started.set(true);
        Thread first = new Thread(() -> {
            // a writer of assignments holding its turn for long (a big import) makes a step wait past the lock timeout:
            // the next attempt goes on from the years already counted
            for (int attempt = 1; attempt <= ATTEMPTS && !stopping; attempt++) {
                try {
                    keepUpNow();
                    return;
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    log.warn("Mentoring presence counts not kept yet (attempt {} of {}): {}", attempt, ATTEMPTS, e.toString());
                    try {
                        Thread.sleep(RETRY.toMillis());
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "mentoring-presence");
        first.setDaemon(true);
        first.start();
    }

    /**
     * The application stops: the first count tries no more (the next start counts what is missing). Not interrupted: an
     * embedded database closes its file when a thread reading it is interrupted.
     */
    @jakarta.annotation.PreDestroy
    public void stop() {
        stopping = true;
    }

    /** The year the kept ranges should reach: next year, so that a review of this year never waits for the new year. */
    int wanted() {
        return LocalDate.now(clock).getYear() + 1;
    }

    @Scheduled(initialDelayString = "${chibo.jobs.mentoring-presence.initial-delay:PT10S}",
            fixedDelayString = "${chibo.jobs.mentoring-presence.every:PT5M}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT1H")
    public void keepUp() {
        if (started.get()) {
            keepUpNow();
        }
    }

    /** Raises the horizon if it is behind; a raise on another node at the same time waits for this one and adds nothing. */
    private void keepUpNow() {
        Integer kept = jdbc.sql("select kept_to_year from mentoring_presence_horizon where id = 1").query(Integer.class)
                .optional().orElse(null);
        if (kept == null || kept < wanted()) {
            long begun = System.nanoTime();
            int year = raise(wanted());
            log.info("Mentoring presence counts kept up to {} in {} ms", year, (System.nanoTime() - begun) / 1_000_000);
        }
    }

    /**
     * Counts the ranges ending up to {@code year} that are not kept yet, one year of last years per transaction (each
     * holds the writers of assignments and groups back while it counts: a year of ranges at a time keeps that short);
     * returns the horizon. The first count starts with the first year of any assignment or group.
     */
    int raise(int year) {
        Integer kept = jdbc.sql("select kept_to_year from mentoring_presence_horizon where id = 1").query(Integer.class)
                .optional().orElse(null);
        int next = kept != null ? kept + 1 : jdbc.sql("select min(y) from (select min(extract(year from start_date)) as y"
                + " from mentoring_assignment union all select min(extract(year from formed_on)) from mentoring_group) f")
                .query(Integer.class).optional().orElse(year);
        int horizon = kept == null ? year : kept;
        for (int last = Math.min(next, year); last <= year; last++) {
            int step = last;
            Integer raised = transactions.execute(status -> jdbc.sql("select mentoring_presence_raise(:year)")
                    .param("year", step).query(Integer.class).single());
            horizon = raised == null ? step : raised;
        }
        return horizon;
    }
}
