package vn.chibo.classification;

import vn.chibo.emulation.EvaluationDecided;
import vn.chibo.emulation.EvaluationReturned;
import vn.chibo.emulation.EvaluationStep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.classification.internal.ClassificationService.Decision;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A cell's self-classification returned, and its grade decided, are announced about the cell with a link to the round. */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ClassificationEventsTest {

    @Autowired
    ClassificationService classification;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private ClassificationEntry cellOf(ClassificationRound round) {
        entityManager.flush();
        long id = jdbc.sql("select id from classification_entry where round_id = :r and subject_kind = 'ORGANIZATION' and subject_id = :s")
                .param("r", round.getId()).param("s", demo.sampleCell()).query(Long.class).single();
        entityManager.clear();
        return classification.entry(id);
    }

    private ClassificationEntry selfClassified(ClassificationRound round) {
        signIn("bithu");
        ClassificationEntry cell = cellOf(round);
        classification.selfClassify(cell.getId(), ClassificationRoundsTest.score("85,5", cell.getVersion()));
        return cellOf(round);
    }

    @Test
    void aReturnAndADecisionAreAnnouncedAboutTheCell() {
        signIn("canbo.sudoan");
        ClassificationRound round = classification.open(demo.division(), demo.today().getYear() + 1, null, null, null, null);
        ClassificationEntry cell = selfClassified(round);
        signIn("canbo.sudoan");
        classification.returnWithReason(cell.getId(), "Xem lại điểm", cell.getVersion());
        assertThat(events.stream(EvaluationReturned.class)).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo(EvaluationStep.CLASSIFICATION);
            assertThat(e.organizationId()).isEqualTo(demo.sampleCell());
            assertThat(e.personId()).isNull();
            assertThat(e.reason()).isEqualTo("Xem lại điểm");
            assertThat(e.link()).isEqualTo("/classification/" + round.getId());
            assertThat(e.returnedAt()).isNotNull();
        });

        cell = selfClassified(round);
        signIn("canbo.sudoan");
        ClassificationEntry fresh = classification.entry(cell.getId());
        classification.propose(fresh.getId(), vn.chibo.classification.internal.ClassificationForm.of(fresh.declaredInputs(), null,
                "Thẩm định đạt", fresh.getVersion()));
        entityManager.flush();
        entityManager.clear();
        ClassificationEntry proposed = classification.entry(cell.getId());
        assertThat(events.stream(EvaluationDecided.class)).isEmpty();
        classification.decideGroup(round.getId(), proposed.getQuotaGroup(),
                List.of(new Decision(proposed.getId(), proposed.getVersion(), "GOOD", null)), "12-QĐ/ĐU", demo.today(), null);
        assertThat(events.stream(EvaluationDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.organizationId()).isEqualTo(demo.sampleCell());
            assertThat(e.outcomeKey()).isEqualTo("classificationLevel.GOOD");
            assertThat(e.decisionNumber()).isEqualTo("12-QĐ/ĐU");
            assertThat(e.year()).isEqualTo(demo.today().getYear() + 1);
        });
    }
}
