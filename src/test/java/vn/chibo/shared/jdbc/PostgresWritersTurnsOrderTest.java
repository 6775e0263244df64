package vn.chibo.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.development.internal.Candidate;
import vn.chibo.development.internal.DevelopmentService;
import vn.chibo.development.internal.Stage;
import vn.chibo.development.internal.StepForm;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.mentoring.internal.ActivityService;
import vn.chibo.mentoring.internal.MentoringReview;
import vn.chibo.shared.jdbc.WritersTurns.Kind;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.PostgresIntegrationTest;

/**
 * The writers of several kinds of kept counts take the kinds' turns in {@link Kind}'s order, a moved subtree's: each
 * kind's lock is held by another connection in turn while the writer runs (rolled back), and when the writer waits for
 * it, it must hold no lock of a later kind. Without {@link WritersTurns} first, a development step that lists a
 * sympathiser waited for the mentoring's turn while it held the development's and the people's, and a mentoring review
 * that lists one waited for the development's while it held the people's (each against a moved subtree's order).
 */
@PostgresIntegrationTest
class PostgresWritersTurnsOrderTest {

    private static final Set<Kind> KINDS = EnumSet.of(Kind.MENTORING, Kind.DEVELOPMENT, Kind.PEOPLE);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DevelopmentService development;
    @Autowired
    ActivityService mentoring;
    @Autowired
    vn.chibo.support.TreeChanges treeChanges;

    @Test
    void aDevelopmentStepThatListsASympathiserTakesItsTurnsInTheOneOrder() throws Exception {
        demo.signIn("admin");
        for (Kind held : KINDS) {
            long person = demo.ids("select p.id from person p where p.organization_id = " + demo.sampleCell()
                    + " and p.party_status = 'MASS' and not exists (select 1 from development_candidate c"
                    + " where c.person_id = p.id) order by p.id").get(0);
            Candidate candidate = development.open(person, null);
            try {
                assertWaitsInOrder(held, () -> {
                    StepForm form = new StepForm();
                    form.setOn(demo.today());
                    form.setCertificateNumber("CN-" + held);
                    form.setCertificateOn(demo.today());
                    form.setVersion(development.candidate(candidate.getId()).getVersion());
                    development.step(candidate.getId(), Stage.SYMPATHISER, form);
                });
            } finally {
                jdbc.sql("delete from development_event where candidate_id = :c").param("c", candidate.getId()).update();
                jdbc.sql("delete from development_candidate where id = :c").param("c", candidate.getId()).update();
            }
        }
    }

    @Test
    void aMentoringReviewThatListsASympathiserTakesItsTurnsInTheOneOrder() throws Exception {
        demo.signIn("admin");
        long assignment = demo.ids("select a.id from mentoring_assignment a join person p on p.id = a.mentee_person_id"
                + " where a.end_date is null and p.party_status = 'MASS' and not exists (select 1 from development_candidate c"
                + " where c.person_id = p.id) and not exists (select 1 from mentoring_review r where r.assignment_id = a.id)"
                + " order by a.id").get(0);
        for (Kind held : KINDS) {
            assertWaitsInOrder(held, () -> mentoring.review(assignment, null, MentoringReview.Rating.GOOD, "Thử thứ tự",
                    List.of(MentoringOutcome.SYMPATHISER), null, null));
        }
    }

    /**
     * A merge writes the merged cell's organization row after its people have passed to the other cell (the merge's
     * event): without the organizations' turn taken first (V65) it waited for it while holding the people's.
     */
    @Test
    void aMergeTakesTheOrganizationsTurnBeforeItsPeoplesTurn() throws Exception {
        for (Kind held : EnumSet.of(Kind.ORGANIZATIONS, Kind.PEOPLE)) {
            assertWaitsInOrder(held, () -> treeChanges.start().mergeTwoCells());
        }
    }

    /** Runs the writer (rolled back) while another connection holds the kind's lock; checks what it holds as it waits. */
    private void assertWaitsInOrder(Kind held, Runnable writer) throws Exception {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try (Connection other = dataSource.getConnection()) {
            other.createStatement().execute("select pg_advisory_lock(" + held.key() + ")");
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                SecurityContextHolder.setContext(signedIn);
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    writer.run();
                    status.setRollbackOnly();
                });
            });
            List<Long> holding = null;
            for (int i = 0; i < 200 && holding == null && !writing.isDone(); i++) {
                Thread.sleep(50);
                holding = holdingWhileWaitingFor(held);
            }
            other.createStatement().execute("select pg_advisory_unlock(" + held.key() + ")");
            writing.get(1, TimeUnit.MINUTES);
            assertThat(holding).as("the writer waited for the turn of " + held).isNotNull();
            List<Kind> later = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                if (kind.compareTo(held) > 0 && holding.contains(kind.key())) {
                    later.add(kind);
                }
            }
            assertThat(later).as("turns of later kinds held while waiting for " + held).isEmpty();
        }
    }

    /** The advisory keys held by the backend that waits for the kind's lock, or null while none waits. */
    private List<Long> holdingWhileWaitingFor(Kind kind) {
        List<Integer> waiting = jdbc.sql("select pid from pg_locks where locktype = 'advisory' and not granted"
                + " and ((classid::bigint << 32) | objid::bigint) = :k").param("k", kind.key()).query(Integer.class).list();
        if (waiting.isEmpty()) {
            return null;
        }
        return jdbc.sql("select (classid::bigint << 32) | objid::bigint from pg_locks where locktype = 'advisory' and granted"
                + " and pid = :p").param("p", waiting.get(0)).query(Long.class).list();
    }
}
