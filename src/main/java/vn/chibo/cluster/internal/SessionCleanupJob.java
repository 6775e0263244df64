package vn.chibo.cluster.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions, once a minute and on one node only (Spring Session's own clean-up, which would run on
 * every node, is switched off: {@code spring.session.jdbc.cleanup-cron=-}); also forgets job runs older than 30 days.
 * {@code lockAtLeastFor} keeps a node whose clock is a little behind from running the same minute's clean-up again.
 */
@Component
class SessionCleanupJob {

    static final String NAME = "session-cleanup";

    private final JdbcIndexedSessionRepository sessions;
    private final JobRuns runs;

    SessionCleanupJob(JdbcIndexedSessionRepository sessions, JobRuns runs) {
        this.sessions = sessions;
        this.runs = runs;
    }

    @Scheduled(cron = "${chibo.jobs.session-cleanup.cron:0 * * * * *}")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT5M", lockAtLeastFor = "${chibo.jobs.session-cleanup.lock-at-least-for:PT30S}")
    public void cleanUp() {
        runs.run(NAME, () -> {
            sessions.cleanUpExpiredSessions();
            return "expired sessions deleted; old job runs forgotten: " + runs.forgetOld();
        });
    }
}
