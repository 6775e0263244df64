package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The one rule store: shipped documents of every kind, the rule in force, the lifecycle and who may change what. */
@IntegrationTest
@Transactional
class RuleDocumentsTest {

    private static final String MENTORING_BODY = "{\"maxMenteesPerMentor\": 2, \"groupSize\": 3, \"sessionEveryDays\": 30,"
            + " \"reviewPeriodMonths\": 3}";

    @Autowired
    RuleDocuments documents;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private RuleDocuments.Revision mentoring(String body, Long owner) {
        return new RuleDocuments.Revision(Rulebook.Kind.MENTORING, "DIU_DAT_TO_3_NGUOI", null, null, body,
                demo.today().getYear(), null, null, owner);
    }

    @Test
    void everyKindsShippedDocumentsAreInstalledOncePublishedForEveryone() {
        Map<String, Long> byKind = jdbc.sql("select kind, count(*) from rulebook where created_by = 'system' and owner_path is null"
                        + " and status = 'PUBLISHED' group by kind")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byKind).containsEntry("MEETING_RUBRIC", 1L).containsEntry("MENTORING", 1L).containsEntry("DEVELOPMENT", 1L)
                .containsEntry("INSPECTION", 1L).containsEntry("EMULATION_MODEL", 5L).containsEntry("CLASSIFICATION", 2L);
    }

    @Test
    void aDraftAppliesOnlyOncePublishedToTheOwnersSubtreeAndStopsWhenRetired() {
        String cell = demo.pathOf(demo.sampleCell());
        String outside = demo.pathOf(demo.cellOutsideDivision());
        long shipped = documents.inForce(Rulebook.Kind.MENTORING, cell, demo.today()).orElseThrow().getId();
        int latest = jdbc.sql("select max(revision) from rulebook where kind = 'MENTORING' and code = 'DIU_DAT_TO_3_NGUOI'")
                .query(Integer.class).single();
        signIn("canbo.sudoan");

        Rulebook draft = documents.revise(mentoring(MENTORING_BODY, demo.division()));

        assertThat(draft.getStatus()).isEqualTo(Rulebook.Status.DRAFT);
        assertThat(draft.getRevision()).as("the next revision of the code").isEqualTo(latest + 1);
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, cell, demo.today()).orElseThrow().getId()).isEqualTo(shipped);
        documents.publish(Rulebook.Kind.MENTORING, draft.getId());
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, cell, demo.today()).orElseThrow().getId()).isEqualTo(draft.getId());
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, outside, demo.today()).orElseThrow().getId()).isEqualTo(shipped);
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, cell, demo.today().minusYears(1)).orElseThrow().getId())
                .as("not before the year it starts").isEqualTo(shipped);
        documents.retire(Rulebook.Kind.MENTORING, draft.getId());
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, cell, demo.today()).orElseThrow().getId()).isEqualTo(shipped);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Rulebook' and entity_id = :id")
                .param("id", draft.getId()).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void officersReviseOnlyForTheirSubtreeAndChangeOnlyWhatTheyOwn() {
        long shipped = documents.inForce(Rulebook.Kind.MENTORING, demo.pathOf(demo.sampleCell()), demo.today()).orElseThrow().getId();
        signIn("canbo.sudoan");
        assertThatThrownBy(() -> documents.revise(mentoring(MENTORING_BODY, demo.cellOutsideDivision())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.revise(mentoring(MENTORING_BODY, null)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("mentoring.rules.error.owner");
        assertThatThrownBy(() -> documents.revise(mentoring("{\"maxMenteesPerMentor\": 0}", demo.division())))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> documents.retire(Rulebook.Kind.MENTORING, shipped)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> documents.get(Rulebook.Kind.DEVELOPMENT, shipped)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.revise(new RuleDocuments.Revision(Rulebook.Kind.MEETING_RUBRIC, "SINH_HOAT_CHI_BO",
                null, null, "{}", demo.today().getYear(), null, null, demo.division())))
                .as("meeting rubrics apply everywhere alike: administrators only").isInstanceOf(ForbiddenException.class);
        signIn("dangvien");
        assertThatThrownBy(() -> documents.revise(mentoring(MENTORING_BODY, demo.sampleCell()))).isInstanceOf(ForbiddenException.class);
        signIn("admin");
        Rulebook everywhere = documents.reviseAndPublish(mentoring(MENTORING_BODY, null));
        assertThat(everywhere.getOwnerPath()).isNull();
        assertThat(documents.inForce(Rulebook.Kind.MENTORING, demo.pathOf(demo.cellOutsideDivision()), demo.today())
                .orElseThrow().getId()).isEqualTo(everywhere.getId());
    }

    @Test
    void aRevisionJudgingAResultIsInUseAndPublishedOnesAreNotPublishedAgain() {
        signIn("admin");
        Rulebook revision = documents.reviseAndPublish(mentoring(MENTORING_BODY, null));
        assertThat(revision.isInUse()).isFalse();
        documents.markInUse(revision.getId());
        assertThat(documents.find(revision.getId()).orElseThrow().isInUse()).isTrue();
        assertThatThrownBy(() -> documents.publish(Rulebook.Kind.MENTORING, revision.getId()))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("rulebook.error.notDraft");
        assertThat(jdbc.sql("select count(*) from rulebook where kind = 'MEETING_RUBRIC' and in_use")
                .query(Long.class).single()).as("the demo's scored meetings put their rubric in use").isPositive();
    }
}
