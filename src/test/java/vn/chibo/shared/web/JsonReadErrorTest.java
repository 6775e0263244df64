package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Errors in documents authors write are told in their words: the field and what was wrong, no parser internals. */
class JsonReadErrorTest {

    record Indicator(String code, int threshold) {
    }

    record Document(String code, List<Indicator> indicators) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String shown(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Document.class));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return messages.getMessage("rulebook.error.jsonAt", new Object[] {1, 2, JsonReadError.reason(e)},
                Locale.forLanguageTag("vi"));
    }

    @Test
    void aWrongValueNamesTheFieldByItsPositionFromOne() {
        String shown = shown("{\"code\": \"A\", \"indicators\": [{\"code\": \"I1\", \"threshold\": 5},"
                + " {\"code\": \"I2\", \"threshold\": \"năm\"}]}");
        assertThat(shown).contains("indicators[2].threshold").contains("sai kiểu")
                .doesNotContain("Cannot").doesNotContain("java").doesNotContain("JsonReadErrorTest");
    }

    @Test
    void brokenSyntaxIsSaidSoWithoutTheParsersWords() {
        String shown = shown("{\"code\": \"A\", \"indicators\": [");
        assertThat(shown).contains("sai cú pháp").doesNotContain("Unexpected end-of-input").doesNotContain("tools.jackson");
    }
}
