package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.internal.RulebookEditorForm;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** The structured rulebook editor: criteria tree and classification settings edited as a form, errors beside the fields. */
@IntegrationTest
@Transactional
class RulebookEditorTest {

    @Autowired
    RulebookService rulebooks;
    @Autowired
    DemoFixture demo;
    @Autowired
    MockMvc mvc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    /** Text as Thymeleaf writes it into an attribute (Latin-1 letters as named entities). */
    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Rulebook shipped(String code) {
        return rulebooks.visible().stream().filter(r -> r.getCode().equals(code) && r.getRevision() == 1).findFirst().orElseThrow();
    }

    private Rulebook draftCopy() {
        signIn("canbo.sudoan");
        return rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
    }

    /** The whole editor form as the browser posts it. */
    private static MockHttpServletRequestBuilder posted(long id, RulebookEditorForm form) {
        MockHttpServletRequestBuilder request = post("/rulebooks/" + id + "/edit").with(csrf());
        param(request, "nameVi", form.getNameVi());
        param(request, "nameEn", form.getNameEn());
        param(request, "description", form.getDescription());
        param(request, "yearFrom", form.getYearFrom());
        param(request, "yearTo", form.getYearTo());
        param(request, "rowVersion", form.getRowVersion());
        param(request, "recognitionRule", form.getRecognitionRule());
        param(request, "minPoints", form.getMinPoints());
        param(request, "atLeast", form.getAtLeast());
        param(request, "reviewFrequency", form.getReviewFrequency());
        param(request, "decidedBy", form.getDecidedBy());
        for (int c = 0; c < form.getCriteria().size(); c++) {
            var criterion = form.getCriteria().get(c);
            String p = "criteria[" + c + "].";
            param(request, p + "code", criterion.getCode());
            param(request, p + "nameVi", criterion.getNameVi());
            param(request, p + "nameEn", criterion.getNameEn());
            param(request, p + "adaptable", criterion.isAdaptable() ? "true" : null);
            param(request, "_" + p + "adaptable", "on");
            for (int i = 0; i < criterion.getIndicators().size(); i++) {
                var indicator = criterion.getIndicators().get(i);
                String q = p + "indicators[" + i + "].";
                param(request, q + "code", indicator.getCode());
                param(request, q + "nameVi", indicator.getNameVi());
                param(request, q + "nameEn", indicator.getNameEn());
                param(request, q + "kind", indicator.getKind());
                param(request, q + "maxPoints", indicator.getMaxPoints());
                param(request, q + "threshold", indicator.getThreshold());
                param(request, q + "comparison", indicator.getComparison());
                param(request, q + "unit", indicator.getUnit());
                param(request, q + "veto", indicator.isVeto() ? "true" : null);
                param(request, "_" + q + "veto", "on");
                param(request, q + "source", indicator.getSource());
            }
        }
        var s = form.getClassification();
        if (s != null) {
            for (int l = 0; l < s.getLevels().size(); l++) {
                param(request, "classification.levels[" + l + "].level", s.getLevels().get(l).getLevel());
                param(request, "classification.levels[" + l + "].minScore", s.getLevels().get(l).getMinScore());
                param(request, "classification.levels[" + l + "].sharePercent", s.getLevels().get(l).getSharePercent());
            }
            param(request, "classification.exceedingSharePercent", s.getExceedingSharePercent());
            param(request, "classification.maxLateSharePercent", s.getMaxLateSharePercent());
            param(request, "classification.quotaEnabled", s.isQuotaEnabled() ? "true" : null);
            param(request, "_classification.quotaEnabled", "on");
            param(request, "classification.quotaMaxSharePercent", s.getQuotaMaxSharePercent());
            param(request, "classification.quotaIncludeExcellentInBase", s.isQuotaIncludeExcellentInBase() ? "true" : null);
            param(request, "_classification.quotaIncludeExcellentInBase", "on");
            param(request, "classification.quotaException", s.isQuotaException() ? "true" : null);
            param(request, "_classification.quotaException", "on");
            param(request, "classification.targetsMetBelowPercent", s.getTargetsMetBelowPercent());
            param(request, "classification.disciplinedSubordinatesAbovePercent", s.getDisciplinedSubordinatesAbovePercent());
            param(request, "classification.exemptionMonths", s.getExemptionMonths());
        }
        return request;
    }

    private static void param(MockHttpServletRequestBuilder request, String name, Object value) {
        if (value != null) {
            request.param(name, value.toString());
        }
    }

    private RulebookEditorForm formOf(Rulebook rulebook) {
        return RulebookEditorForm.of(rulebook, rulebooks.definition(rulebook), Locale.forLanguageTag("vi"));
    }

    @Test
    void theEditorShowsTheCriteriaTreeAsFields() throws Exception {
        Rulebook copy = draftCopy();
        mvc.perform(get("/rulebooks/" + copy.getId() + "/edit").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"criteria[1].indicators[0].code\"")))
                .andExpect(content().string(containsString("value=\"" + html("Tỷ lệ đảng viên dự sinh hoạt") + "\"")))
                .andExpect(content().string(containsString("Thêm tiêu chí")))
                .andExpect(content().string(containsString("Sửa trực tiếp JSON (nâng cao)")));
        mvc.perform(get("/rulebooks/" + copy.getId() + "/edit/json").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"definition\"")))
                .andExpect(content().string(containsString("Trình soạn thảo theo mục")));
    }

    @Test
    void addingACriterionAndAnIndicatorKeepsWhatWasTypedAndSavesNothing() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        form.setNameVi("Đang sửa — chưa lưu");
        form.getCriteria().get(0).getIndicators().get(2).setThreshold("abc");
        mvc.perform(posted(copy.getId(), form).param("action", "addCriterion").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"criteria[4].code\" value=\"C5\"")))
                .andExpect(content().string(containsString("value=\"" + html("Đang sửa — chưa lưu") + "\"")))
                .andExpect(content().string(containsString("value=\"" + html("abc") + "\"")))
                .andExpect(content().string(containsString("data-scroll-to=\"criterion-4\"")))
                .andExpect(content().string(not(containsString("is-invalid"))));
        mvc.perform(posted(copy.getId(), form).param("action", "addIndicator:1").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"criteria[1].indicators[4].code\" value=\"C2.5\"")));
        signIn("canbo.sudoan");
        assertThat(rulebooks.get(copy.getId()).getNameVi()).isNotEqualTo("Đang sửa — chưa lưu");
    }

    @Test
    void savingBuildsTheDefinitionFromTheFields() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        form.apply("addCriterion");
        form.apply("addIndicator:4");
        var criterion = form.getCriteria().get(4);
        criterion.setNameVi("Tiêu chí thêm của sư đoàn");
        criterion.setAdaptable(true);
        var indicator = criterion.getIndicators().get(0);
        indicator.setNameVi("Tỷ lệ đảng viên học tập nghị quyết");
        indicator.setKind(RulebookDefinition.IndicatorKind.NUMBER);
        indicator.setThreshold("92,5");
        indicator.setComparison(RulebookDefinition.Comparison.AT_LEAST);
        indicator.setUnit("%");
        indicator.setVeto(true);
        form.apply("upCriterion:4");
        form.setRecognitionRule(RulebookDefinition.RecognitionRule.AT_LEAST_CRITERIA);
        form.setAtLeast("4");
        form.getCriteria().get(0).getIndicators().remove(0);

        mvc.perform(posted(copy.getId(), form).param("action", "save").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/rulebooks/" + copy.getId()));

        signIn("canbo.sudoan");
        RulebookDefinition saved = rulebooks.definition(rulebooks.get(copy.getId()));
        assertThat(saved.criteria()).extracting(RulebookDefinition.Criterion::code).containsExactly("C1", "C2", "C3", "C5", "C4");
        assertThat(saved.criteria().get(0).indicators()).extracting(RulebookDefinition.Indicator::code).containsExactly("C1.2", "C1.3");
        var added = saved.criteria().get(3);
        assertThat(added.adaptable()).isTrue();
        assertThat(added.indicators().get(0)).satisfies(i -> {
            assertThat(i.code()).isEqualTo("C5.1");
            assertThat(i.threshold()).isEqualByComparingTo(new BigDecimal("92.5"));
            assertThat(i.veto()).isTrue();
            assertThat(i.unit()).isEqualTo("%");
        });
        assertThat(saved.recognition().rule()).isEqualTo(RulebookDefinition.RecognitionRule.AT_LEAST_CRITERIA);
        assertThat(saved.recognition().atLeast()).isEqualTo(4);
        // an untouched indicator keeps its automatic source
        assertThat(saved.criteria().get(1).indicators().get(0).source()).isEqualTo("meeting.attendanceRate");
    }

    @Test
    void problemsAppearBesideTheirFieldsInVietnameseAndNothingTypedIsLost() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        form.apply("addCriterion");
        form.apply("addIndicator:4");
        form.getCriteria().get(4).setNameVi("Tiêu chí mới");
        var indicator = form.getCriteria().get(4).getIndicators().get(0);
        indicator.setNameVi("Chỉ tiêu số liệu chưa có ngưỡng");
        indicator.setKind(RulebookDefinition.IndicatorKind.NUMBER);
        form.getCriteria().get(1).getIndicators().get(0).setThreshold("tám mươi");
        form.getCriteria().get(2).setCode("C1");

        // an unreadable number is refused on its field first
        mvc.perform(posted(copy.getId(), form).param("action", "save").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không đọc được số")))
                .andExpect(content().string(containsString("value=\"" + html("tám mươi") + "\"")))
                .andExpect(content().string(containsString("value=\"" + html("Chỉ tiêu số liệu chưa có ngưỡng") + "\"")));

        mvc.perform(posted(copy.getId(), form).param("action", "save").param("yearTo", "hai nghìn").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm phải là số có bốn chữ số")));

        form.getCriteria().get(1).getIndicators().get(0).setThreshold("80");
        mvc.perform(posted(copy.getId(), form).param("action", "save").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quy chế có 2 lỗi cần sửa.")))
                .andExpect(content().string(containsString("Chỉ tiêu C5.1 (số liệu) cần ngưỡng.")))
                .andExpect(content().string(containsString("Mã tiêu chí trống hoặc trùng: C1")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"" + html("Tiêu chí mới") + "\"")));
        signIn("canbo.sudoan");
        assertThat(rulebooks.definition(rulebooks.get(copy.getId())).criteria()).hasSize(4);
    }

    @Test
    void aStaleFormIsRefusedAndAPublishedRulebookIsReadOnly() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        form.setRowVersion(copy.getRowVersion() + 5);
        mvc.perform(posted(copy.getId(), form).param("action", "save").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác sửa")));

        signIn("canbo.sudoan");
        rulebooks.publish(copy.getId());
        Rulebook published = rulebooks.get(copy.getId());
        mvc.perform(posted(copy.getId(), formOf(published)).param("action", "save").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không sửa trực tiếp được")));
    }

    @Test
    void onlyOfficersAndAdministratorsReachTheEditors() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        for (String username : new String[] {"bithu", "dangvien"}) {
            mvc.perform(get("/rulebooks/" + copy.getId() + "/edit").with(user(demo.user(username)))).andExpect(status().isForbidden());
            mvc.perform(get("/rulebooks/" + copy.getId() + "/edit/json").with(user(demo.user(username)))).andExpect(status().isForbidden());
            mvc.perform(posted(copy.getId(), form).param("action", "addCriterion").with(user(demo.user(username))))
                    .andExpect(status().isForbidden());
            mvc.perform(posted(copy.getId(), form).param("action", "save").with(user(demo.user(username))))
                    .andExpect(status().isForbidden());
            mvc.perform(posted(copy.getId(), form).param("action", "advanced").with(user(demo.user(username))))
                    .andExpect(status().isForbidden());
        }
        signIn("canbo.sudoan");
        assertThat(rulebooks.get(copy.getId()).getRowVersion()).isEqualTo(copy.getRowVersion());
    }

    @Test
    void theAdvancedButtonCarriesTheUnsavedChangesIntoTheJsonEditor() throws Exception {
        Rulebook copy = draftCopy();
        RulebookEditorForm form = formOf(copy);
        form.getCriteria().get(0).setNameVi("Lãnh đạo thực hiện nhiệm vụ chính trị (sửa)");
        mvc.perform(posted(copy.getId(), form).param("action", "advanced").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"definition\"")))
                .andExpect(content().string(containsString(html("Lãnh đạo thực hiện nhiệm vụ chính trị (sửa)"))));
    }

    @Test
    void theClassificationSettingsAreEditedAsAFormAndTheLevelConditionsKept() throws Exception {
        signIn("admin");
        Rulebook draft = rulebooks.revise(shipped("XEP_LOAI_QD366").getId());
        mvc.perform(get("/rulebooks/" + draft.getId() + "/edit").with(user(demo.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"classification.quotaMaxSharePercent\" value=\"20\"")))
                .andExpect(content().string(containsString("name=\"classification.levels[0].minScore\" value=\"90\"")))
                .andExpect(content().string(not(containsString("Thêm tiêu chí"))));
        RulebookEditorForm form = formOf(draft);
        form.getClassification().setQuotaEnabled(false);
        form.getClassification().setExemptionMonths("12");
        form.getClassification().setMaxLateSharePercent("25");
        form.getClassification().getLevels().get(1).setMinScore("75");
        mvc.perform(posted(draft.getId(), form).param("action", "save").with(user(demo.user("admin"))))
                .andExpect(status().is3xxRedirection());
        signIn("admin");
        var classification = rulebooks.definition(rulebooks.get(draft.getId())).classification();
        assertThat(classification.quota().enabled()).isFalse();
        assertThat(classification.quota().maxShare()).isEqualByComparingTo("0.2");
        assertThat(classification.exemptions().admittedWithinMonths()).isEqualTo(12);
        assertThat(classification.maxLateShare()).isEqualByComparingTo("0.25");
        assertThat(classification.levels().get(1).minScore()).isEqualByComparingTo("75");
        assertThat(classification.levels().get(0).conditions()).hasSize(4);

        form.getClassification().setQuotaEnabled(true);
        form.getClassification().setQuotaMaxSharePercent("");
        form.getClassification().setExceedingSharePercent("130");
        entities.flush();
        form.setRowVersion(rulebooks.get(draft.getId()).getRowVersion());
        mvc.perform(posted(draft.getId(), form).param("action", "save").with(user(demo.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tỷ lệ phải từ 0 đến 100%.")));
        form.getClassification().setExceedingSharePercent("30");
        mvc.perform(posted(draft.getId(), form).param("action", "save").with(user(demo.user("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn mức đang bật cần tỷ lệ tối đa.")));
    }
}
