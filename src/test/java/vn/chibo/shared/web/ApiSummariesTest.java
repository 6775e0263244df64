package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

@IntegrationTest
class ApiSummariesTest {

    private static final String VIETNAMESE_LETTERS = ".*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ].*";

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    MessageSource messages;
    @Autowired
    ObjectMapper json;

    @Test
    void everyApiOperationHasAVietnameseSummaryWithTheEnglishBeside() throws Exception {
        JsonNode paths = apiDocs().get("paths");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String key = "api." + operation.getKey() + "." + path.getKey();
                String vietnamese = messages.getMessage(key, null, null, Locale.forLanguageTag("vi"));
                String english = messages.getMessage(key, null, null, Locale.ENGLISH);
                if (vietnamese == null || english == null || !vietnamese.toLowerCase().matches(VIETNAMESE_LETTERS)) {
                    missing.add(key);
                } else {
                    assertThat(operation.getValue().get("summary").asString()).isEqualTo(vietnamese);
                    assertThat(operation.getValue().get("description").asString()).contains(english);
                }
            }
        }
        assertThat(missing).as("operations without a Vietnamese summary in messages_vi/en").isEmpty();
    }

    @Test
    void everyGroupOfOperationsHasAVietnameseName() throws Exception {
        List<String> english = new ArrayList<>();
        for (JsonNode tag : apiDocs().get("tags")) {
            String name = tag.get("name").asString();
            if (!name.toLowerCase().matches(VIETNAMESE_LETTERS)) {
                english.add(name);
            }
        }
        assertThat(english).as("groups named only in English").isEmpty();
    }

    private JsonNode apiDocs() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user(demo.user("admin"))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
