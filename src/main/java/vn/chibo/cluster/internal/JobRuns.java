package vn.chibo.cluster.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The log of scheduled job runs: which node ran which job, when, and how it ended. Kept {@link #KEPT}. */
@Component
class JobRuns {

    static final Duration KEPT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final NodeName node;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, NodeName node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** Runs the work under this job's name and logs it; the outcome is what the work returns, or its failure. */
    void run(String job, Supplier<String> work) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into scheduled_job_run (job, node, started_at) values (:job, :node, :at)")
                .param("job", job).param("node", node.get()).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        String outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            finish(id, "failed: " + e);
            throw e;
        }
        finish(id, outcome);
    }

    private void finish(long id, String outcome) {
        String shortened = outcome == null ? null : outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
        jdbc.sql("update scheduled_job_run set finished_at = :at, outcome = :outcome where id = :id")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("outcome", shortened).param("id", id).update();
    }

    int forgetOld() {
        return jdbc.sql("delete from scheduled_job_run where started_at < :before")
                .param("before", clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC)).update();
    }
}
