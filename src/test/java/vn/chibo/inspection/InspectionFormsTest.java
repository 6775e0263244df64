package vn.chibo.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.inspection.internal.Finding;
import vn.chibo.inspection.internal.FindingService;
import vn.chibo.inspection.internal.FindingType;
import vn.chibo.inspection.internal.Inspection;
import vn.chibo.inspection.internal.InspectionService;
import vn.chibo.inspection.internal.RemediationAction;
import vn.chibo.inspection.internal.TeamRole;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.SessionCookie;

/** Forms that break a rule show the rule and keep what was typed: verifying an action, adding a team member, planning. */
@IntegrationTest
@Transactional
class InspectionFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InspectionService inspections;
    @Autowired
    FindingService findings;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Posts as the account, then opens the page it was sent back to with the flash attributes, in Vietnamese. */
    String postAndFollow(String account, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request.with(user(demo.user(account))).with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl().replaceAll("#.*", "");
        return mvc.perform(get(target).with(user(demo.user(account))).header("Accept-Language", "vi").with(SessionCookie.carriedFrom(result)))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aVerificationWithoutTheRequiredNoteKeepsTheResultAndDate() throws Exception {
        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(null, demo.sampleCell(), demo.division(),
                demo.today().minusDays(10)));
        Finding finding = findings.record(inspection.getId(), InspectionTest.finding(FindingType.SHORTCOMING, null));
        signIn("bithu");
        RemediationAction action = findings.addAction(finding.getId(), InspectionTest.action(demo.personOf("bithu"), demo.today()));
        SecurityContextHolder.clearContext();
        LocalDate on = demo.today().minusDays(2);
        String page = postAndFollow("kiemtra", post("/inspections/findings/actions/" + action.getId() + "/verify")
                .param("result", "INEFFECTIVE").param("verifiedOn", on.toString()).param("note", " ")
                .param("version", String.valueOf(action.getVersion())));
        assertThat(page).contains("Ghi nhận xét vì sao biện pháp chưa hiệu quả")
                .containsPattern("value=\"INEFFECTIVE\"\\s+selected=\"selected\"")
                .contains("value=\"" + vn.chibo.shared.web.DateInput.print(on) + "\"");
    }

    @Test
    void aSecondLeadIsRefusedAndThePersonAndRoleStayChosen() throws Exception {
        signIn("kiemtra");
        Inspection inspection = inspections.create(InspectionTest.inspectionOf(null, demo.sampleCell(), demo.division(), demo.today()));
        inspections.addTeamMember(inspection.getId(), demo.personOf("kiemtra"), TeamRole.LEAD);
        SecurityContextHolder.clearContext();
        long member = demo.personOf("dangvien");
        String page = postAndFollow("kiemtra", post("/inspections/" + inspection.getId() + "/team")
                .param("teamPersonId", String.valueOf(member)).param("teamRole", "LEAD"));
        assertThat(page).contains("Đoàn đã có trưởng đoàn").contains("name=\"teamPersonId\" value=\"" + member + "\"")
                .containsPattern("value=\"LEAD\"[^>]*selected=\"selected\"");
    }

    @Test
    void aPlanItemWithAReversedPeriodKeepsItsSubjectKindDatesAndContent() throws Exception {
        int year = demo.today().getYear();
        long plan = jdbc.sql("select id from inspection_plan where organization_id = :o and plan_year = :y")
                .param("o", demo.division()).param("y", year).query(Long.class).single();
        String page = postAndFollow("kiemtra", post("/inspections/plans/" + plan + "/items")
                .param("subjectType", "ORGANIZATION").param("organizationId", String.valueOf(demo.sampleCell()))
                .param("kind", "PERIODIC").param("activity", "SUPERVISION")
                .param("plannedFrom", year + "-06-10").param("plannedTo", year + "-06-01")
                .param("content", "Giam sat nen nep 77").param("version", String.valueOf(demo.version("inspection_plan", plan))));
        assertThat(page).contains("Ngày kết thúc không được trước ngày bắt đầu").contains("Giam sat nen nep 77")
                .contains("value=\"10/06/" + year + "\"").contains("value=\"01/06/" + year + "\"")
                .contains("name=\"organizationId\" value=\"" + demo.sampleCell() + "\"")
                .containsPattern("value=\"PERIODIC\"[^>]*selected=\"selected\"")
                .containsPattern("value=\"SUPERVISION\"[^>]*selected=\"selected\"");
    }
}
