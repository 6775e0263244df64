package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.internal.RulebookForm;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Rulebooks are versioned data: shipped, adapted by copying, revised, never changed once in use, imported and exported. */
@IntegrationTest
@Transactional
class RulebooksTest {

    @Autowired
    RulebookService rulebooks;


    @Autowired

    RulebookImport rulebookImport;
    @Autowired
    DemoFixture demo;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.chibo.access.AccountProvisioning accounts;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Rulebook shipped(String code) {
        return rulebooks.visible().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSevenShippedRulebooksArePublishedForEveryone() {
        signIn("dangvien");
        assertThat(rulebooks.visible()).extracting(Rulebook::getCode).contains("CHI_BO_4_TOT", "DANG_BO_CO_SO_4_TOT",
                "CHI_BO_5_TOT", "DANG_VIEN_5_TOT", "DON_VI_VMTD_MAU_MUC", "XEP_LOAI_QD124", "XEP_LOAI_QD366");
        Rulebook qd366 = shipped("XEP_LOAI_QD366");
        assertThat(qd366.getStatus()).isEqualTo(Rulebook.Status.PUBLISHED);
        assertThat(qd366.appliesTo(2025)).isTrue();
        assertThat(shipped("XEP_LOAI_QD124").appliesTo(2025)).isFalse();
        assertThat(rulebooks.definition(shipped("CHI_BO_5_TOT")).criteria()).filteredOn(c -> c.adaptable()).hasSize(2);
    }

    @Test
    void anOfficerAdaptsByCopyingAndTheCopyAppliesBelowButNotBeside() {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
        assertThat(copy.getStatus()).isEqualTo(Rulebook.Status.DRAFT);
        assertThat(copy.getOwnerOrgId()).isEqualTo(demo.division());
        assertThat(copy.getBasedOnId()).isEqualTo(shipped("CHI_BO_4_TOT").getId());
        assertThat(rulebooks.mayChange(copy)).isTrue();

        signIn("bithu");
        assertThat(rulebooks.get(copy.getId()).getId()).isEqualTo(copy.getId());
        assertThat(rulebooks.mayChange(copy)).isFalse();
        assertThatThrownBy(() -> rulebooks.copy(copy.getId())).isInstanceOf(ForbiddenException.class);

        signIn("canbo");
        assertThat(rulebooks.get(copy.getId()).getId()).isEqualTo(copy.getId());
        assertThat(rulebooks.mayChange(copy)).isTrue();
    }

    @Test
    void aSiblingSubtreeDoesNotSeeAnotherUnitsAdaptation() throws Exception {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
        long communeCell = demo.cellOutsideDivision();
        accounts.create("bithu.xa.thu", "Mat-khau-dai-2026", vn.chibo.shared.security.Role.SECRETARY,
                demo.massIn(communeCell), communeCell);
        signIn("bithu.xa.thu");
        assertThatThrownBy(() -> rulebooks.get(copy.getId())).isInstanceOf(NotFoundException.class);
        assertThat(rulebooks.visible()).extracting(Rulebook::getId).doesNotContain(copy.getId())
                .contains(shipped("CHI_BO_4_TOT").getId());
        mvc.perform(get("/rulebooks/" + copy.getId()).with(user(demo.user("bithu.xa.thu")))).andExpect(status().isNotFound());
    }

    @Test
    void editingADraftChecksTheDefinitionAndPublishingMakesItReadOnly() {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
        RulebookForm form = RulebookForm.of(copy);
        form.setNameVi("Chi bộ 4 tốt — Sư đoàn 391 (2026)");
        form.setDefinition(form.getDefinition().replace("\"C4.3\"", "\"C4.2\""));
        assertThatThrownBy(() -> rulebooks.update(copy.getId(), form))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("rulebook.problem.indicatorCode")));
        RulebookForm broken = RulebookForm.of(copy);
        broken.setDefinition("{ not json");
        assertThatThrownBy(() -> rulebooks.update(copy.getId(), broken))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("rulebook.error.json");

        RulebookForm good = RulebookForm.of(copy);
        good.setNameVi("Chi bộ 4 tốt — Sư đoàn 391 (2026)");
        rulebooks.update(copy.getId(), good);
        rulebooks.publish(copy.getId());
        assertThatThrownBy(() -> rulebooks.update(copy.getId(), RulebookForm.of(rulebooks.get(copy.getId()))))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey").isEqualTo("rulebook.error.readOnly");

        Rulebook revision = rulebooks.revise(copy.getId());
        assertThat(revision.getCode()).isEqualTo(copy.getCode());
        assertThat(revision.getRevision()).isEqualTo(2);
        assertThat(revision.getStatus()).isEqualTo(Rulebook.Status.DRAFT);
        assertThat(rulebooks.revisions(revision)).extracting(Rulebook::getRevision).containsExactly(2, 1);
    }

    @Test
    void onlyAdministratorsReviseSystemRulebooks() {
        signIn("canbo");
        assertThatThrownBy(() -> rulebooks.revise(shipped("XEP_LOAI_QD366").getId())).isInstanceOf(ForbiddenException.class);
        signIn("admin");
        assertThat(rulebooks.revise(shipped("XEP_LOAI_QD366").getId()).getRevision()).isEqualTo(2);
    }

    @Test
    void exportThenImportMakesTheNextDraftRevision() {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("DANG_VIEN_5_TOT").getId());
        rulebooks.publish(copy.getId());
        String json = rulebooks.exportJson(copy.getId());
        assertThat(json).contains("\"code\" : \"" + copy.getCode() + "\"").contains("Đảng viên");
        Rulebook imported = rulebookImport.importFile(json.getBytes(StandardCharsets.UTF_8), "quy-che.json");
        assertThat(imported.getCode()).isEqualTo(copy.getCode());
        assertThat(imported.getRevision()).isEqualTo(2);
        assertThat(rulebooks.definition(imported)).isEqualTo(rulebooks.definition(copy));
    }

    @Test
    void importsAreTypeAndSizeChecked() {
        signIn("canbo");
        assertThatThrownBy(() -> rulebookImport.importFile("{}".getBytes(StandardCharsets.UTF_8), "quy-che.xlsx"))
                .extracting("messageKey").isEqualTo("rulebook.error.fileType");
        assertThatThrownBy(() -> rulebookImport.importFile(new byte[RulebookServiceLimits.MAX + 1], "quy-che.json"))
                .extracting("messageKey").isEqualTo("rulebook.error.fileTooLarge");
        assertThatThrownBy(() -> rulebookImport.importFile("{\"code\":\"X\"}".getBytes(StandardCharsets.UTF_8), "quy-che.json"))
                .extracting("messageKey").isEqualTo("rulebook.error.documentIncomplete");
        assertThatThrownBy(() -> rulebookImport.importFile(rulebooks.exportJson(shipped("CHI_BO_4_TOT").getId())
                .getBytes(StandardCharsets.UTF_8), "quy-che.json"))
                .extracting("messageKey").isEqualTo("rulebook.error.codeTaken");
    }

    @Test
    void membersBelowTheOwnerSeeItsAdaptation() {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
        signIn("dangvien");
        assertThat(rulebooks.get(copy.getId()).getId()).isEqualTo(copy.getId());
        assertThat(rulebooks.mayChange(copy)).isFalse();
    }

    @Test
    void theImportPageExplainsProblemsInVietnamese() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "quy-che.json", "application/json",
                "{ \"code\": \"CHI_BO_THU\", \"kind\": \"EMULATION_MODEL\", \"subjectKind\": \"CELL\", \"nameVi\": \"Thử\", \"yearFrom\": 2026, \"definition\": {\"criteria\": []}}"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/rulebooks/import").file(file).with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chưa có điều kiện công nhận.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chưa có tiêu chí nào.")));
    }

    @Test
    void pagesShowTheRulebooks() throws Exception {
        signIn("admin");
        long id = shipped("CHI_BO_4_TOT").getId();
        long qd366 = shipped("XEP_LOAI_QD366").getId();
        mvc.perform(get("/rulebooks").with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chi bộ &quot;4 tốt&quot;")));
        mvc.perform(get("/rulebooks/" + id).with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tỷ lệ đảng viên dự sinh hoạt")));
        mvc.perform(get("/rulebooks/" + qd366).with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hoàn thành xuất sắc nhiệm vụ")));
        mvc.perform(get("/rulebooks/" + id + "/export").with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/rulebooks/987654").with(user(demo.user("bithu")))).andExpect(status().isNotFound());
    }

    /** The import limit, without reaching into the service's package. */
    static final class RulebookServiceLimits {
        static final int MAX = 1024 * 1024;
    }
}
