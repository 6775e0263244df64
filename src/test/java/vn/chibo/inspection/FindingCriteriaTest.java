package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.Severity;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A strength carries no severity; a finding names a criterion of a model in force, chosen from a list. */
@IntegrationTest
@Transactional
class FindingCriteriaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Inspection inspection() {
        signIn("kiemtra");
        return inspections.create(InspectionTest.inspectionOf(null, demo.sampleCell(), demo.division(), demo.today()));
    }

    @Test
    void aStrengthIsRecordedWithoutSeverityWhateverTheFormSent() {
        Inspection inspection = inspection();
        var input = InspectionTest.finding(FindingType.STRENGTH, null);
        input.setSeverity(Severity.HIGH);
        Finding strength = findings.record(inspection.getId(), input);
        assertThat(strength.getSeverity()).isNull();
        Finding shortcoming = findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, null));
        assertThat(shortcoming.getSeverity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aFindingNamesACriterionOfAModelInForceOrIsRefused() {
        Inspection inspection = inspection();
        assertThat(findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, "C2.1")).getCriterionCode())
                .isEqualTo("C2.1");
        assertThatThrownBy(() -> findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, "Z9.9")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("inspection.error.criterionUnknown");
    }

    @Test
    void theFindingFormOffersTheModelsCriteriaByModel() throws Exception {
        Inspection inspection = inspection();
        SecurityContextHolder.clearContext();
        String html = mvc.perform(get("/inspections/" + inspection.getId()).with(user(demo.user("kiemtra"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<optgroup label=\"Chi bộ").contains("value=\"C2.1\"").contains("Không gắn với tiêu chí nào")
                .contains("Không áp dụng với ưu điểm.");
    }
}
