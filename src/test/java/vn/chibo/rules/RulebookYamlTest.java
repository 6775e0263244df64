package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** Rulebooks travel as YAML as well as JSON: the same document, the same checks, errors that name the line. */
@IntegrationTest
@Transactional
class RulebookYamlTest {

    @Autowired
    RulebookService rulebooks;


    @Autowired

    RulebookImport rulebookImport;
    @Autowired
    DemoFixture demo;
    @Autowired
    MockMvc mvc;

    private void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Rulebook shipped(String code) {
        return rulebooks.visible().stream().filter(r -> r.getCode().equals(code) && r.getRevision() == 1).findFirst().orElseThrow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonToYamlToImportGivesAnEqualDefinition() {
        signIn("canbo.sudoan");
        Rulebook copy = rulebooks.copy(shipped("CHI_BO_4_TOT").getId());
        rulebooks.publish(copy.getId());
        String json = rulebooks.exportJson(copy.getId());
        String yaml = rulebooks.export(copy.getId(), RulebookJson.Format.YAML);
        assertThat(yaml).startsWith("code: " + copy.getCode()).contains("Tỷ lệ đảng viên dự sinh hoạt").doesNotContain("{\"");
        // the YAML says the same as the JSON
        assertThat(RulebookJson.parseDocument(yaml, RulebookJson.Format.YAML))
                .isEqualTo(RulebookJson.parseDocument(json, RulebookJson.Format.JSON));

        Rulebook imported = rulebookImport.importFile(utf8(yaml), "quy-che.yaml");
        assertThat(imported.getRevision()).isEqualTo(2);
        assertThat(imported.getStatus()).isEqualTo(Rulebook.Status.DRAFT);
        assertThat(imported.getNameVi()).isEqualTo(copy.getNameVi());
        assertThat(rulebooks.definition(imported)).isEqualTo(rulebooks.definition(copy));
    }

    @Test
    void theClassificationSettingsSurviveTheRoundTripWithTheirDecimals() {
        signIn("admin");
        Rulebook qd366 = shipped("XEP_LOAI_QD366");
        String yaml = rulebooks.export(qd366.getId(), RulebookJson.Format.YAML);
        assertThat(yaml).contains("exceedingShareMin: 0.30").contains("method: SCORE_100");
        Rulebook imported = rulebookImport.importFile(utf8(yaml), "xep-loai.yml");
        assertThat(rulebooks.definition(imported)).isEqualTo(rulebooks.definition(qd366));
    }

    @Test
    void aMalformedYamlIsRefusedWithTheLineInVietnamese() throws Exception {
        signIn("canbo");
        String broken = "code: CHI_BO_YAML\nkind: EMULATION_MODEL\nsubjectKind: [CELL\nnameVi: Thử\n";
        assertThatThrownBy(() -> rulebookImport.importFile(utf8(broken), "quy-che.yaml"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rulebook.error.yaml");
                    assertThat((Integer) e.arguments()[0]).isBetween(3, 5);
                });
        String wrongValue = "code: CHI_BO_YAML\nkind: EMULATION_MODEL\nsubjectKind: CELL\nyearFrom: hai-nghin\n";
        assertThatThrownBy(() -> rulebookImport.importFile(utf8(wrongValue), "quy-che.yml"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rulebook.error.yaml");
                    assertThat(e.arguments()[0]).isEqualTo(4);
                });

        MockMultipartFile file = new MockMultipartFile("file", "quy-che.yaml", "application/yaml", utf8(broken));
        mvc.perform(multipart("/rulebooks/import").file(file).with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp YAML không hợp lệ ở dòng")));
    }

    @Test
    void aYamlWithProblemsImportsNothingAndListsThemAll() throws Exception {
        String yaml = """
                code: CHI_BO_YAML
                kind: EMULATION_MODEL
                subjectKind: CELL
                nameVi: Thử YAML
                yearFrom: 2026
                definition:
                  criteria:
                    - code: C1
                      name: {vi: Tiêu chí một}
                      indicators:
                        - {code: C1.1, name: {vi: Tỷ lệ}, kind: NUMBER}
                """;
        MockMultipartFile file = new MockMultipartFile("file", "quy-che.yml", "application/yaml", utf8(yaml));
        mvc.perform(multipart("/rulebooks/import").file(file).with(user(demo.user("canbo"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có điều kiện công nhận.")))
                .andExpect(content().string(containsString("Chỉ tiêu C1.1 (số liệu) cần ngưỡng.")));
        signIn("canbo");
        assertThat(rulebooks.visible()).extracting(Rulebook::getCode).doesNotContain("CHI_BO_YAML");
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefused() {
        signIn("canbo");
        assertThatThrownBy(() -> rulebookImport.importFile(utf8("code: X"), "quy-che.txt"))
                .extracting("messageKey").isEqualTo("rulebook.error.fileType");
        assertThatThrownBy(() -> rulebookImport.importFile(utf8("code: X"), null))
                .extracting("messageKey").isEqualTo("rulebook.error.fileType");
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '#');
        assertThatThrownBy(() -> rulebookImport.importFile(big, "quy-che.yaml"))
                .extracting("messageKey").isEqualTo("rulebook.error.fileTooLarge");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> rulebookImport.importFile(png, "anh.yaml"))
                .extracting("messageKey").isEqualTo("rulebook.error.notText");
        assertThatThrownBy(() -> rulebookImport.importFile(utf8("code: CHI_BO_X\nkind: EMULATION_MODEL\n"), "quy-che.json"))
                .extracting("messageKey").isEqualTo("rulebook.error.notJson");
        assertThatThrownBy(() -> rulebookImport.importFile(utf8("{ \"code\": "), "quy-che.json"))
                .extracting("messageKey").isEqualTo("rulebook.error.jsonAt");
        // a JSON document named .yaml is read as the JSON it is
        assertThatThrownBy(() -> rulebookImport.importFile(utf8("\uFEFF{\"code\":\"X\"}"), "quy-che.YAML"))
                .extracting("messageKey").isEqualTo("rulebook.error.documentIncomplete");
    }

    @Test
    void theDetailPageOffersYamlAndTheExportServesIt() throws Exception {
        signIn("admin");
        long id = shipped("CHI_BO_4_TOT").getId();
        mvc.perform(get("/rulebooks/" + id).with(user(demo.user("bithu")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tải YAML")))
                .andExpect(content().string(containsString("/rulebooks/" + id + "/export?format=yaml")));
        mvc.perform(get("/rulebooks/" + id + "/export").param("format", "yaml").with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(header().string("Content-Disposition", containsString("chi_bo_4_tot-r1.yaml")))
                .andExpect(content().encoding(StandardCharsets.UTF_8))
                .andExpect(content().string(containsString("code: CHI_BO_4_TOT")))
                .andExpect(content().string(containsString("Chất lượng sinh hoạt tốt")));
        mvc.perform(get("/rulebooks/" + id + "/export").with(user(demo.user("bithu"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", containsString("chi_bo_4_tot-r1.json")));
    }

    @Test
    void theApiServesYamlWhenAskedAndJsonOtherwise() throws Exception {
        signIn("admin");
        long id = shipped("CHI_BO_4_TOT").getId();
        mvc.perform(get("/api/v1/rulebooks/" + id).accept("application/yaml").with(httpBasic("bithu", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(content().string(containsString("code: CHI_BO_4_TOT")))
                .andExpect(content().string(not(containsString("\"code\""))));
        mvc.perform(get("/api/v1/rulebooks/" + id).with(httpBasic("bithu", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.code").value("CHI_BO_4_TOT"));
    }
}
