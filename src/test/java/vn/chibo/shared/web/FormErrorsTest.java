package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** One refusal, placed the same way on every form: its sentence, every problem, and each problem on the field it names. */
class FormErrorsTest {

    /** A form with a plain field and a map bound as values[CODE]. */
    public static class SampleForm implements java.io.Serializable {

        private String name;
        private Map<String, String> values = new LinkedHashMap<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Map<String, String> getValues() {
            return values;
        }

        public void setValues(Map<String, String> values) {
            this.values = values;
        }
    }

    private final SampleForm form = new SampleForm();
    private final BindingResult binding = new BeanPropertyBindingResult(form, "form");

    private static BusinessRuleException twoProblems() {
        return BusinessRuleException.of(null, "programme.review.problems", List.of(
                Problem.of("programme.review.notANumber", "C2.1").about("C2.1"),
                Problem.of("programme.review.noteTooLong", "C9").about("")), 2);
    }

    @Test
    void aRefusalOfOneSentenceGoesOnTheFieldItNames() {
        FormErrors.reject(binding, new BusinessRuleException("name", "validation.required"));
        assertThat(binding.getFieldError("name").getCode()).isEqualTo("validation.required");
        assertThat(binding.getGlobalErrors()).isEmpty();
    }

    @Test
    void aRefusalOfOneSentenceNamingNoFieldOfTheFormConcernsTheWholeForm() {
        FormErrors.reject(binding, new BusinessRuleException("decisionNumber", "recognition.error.alreadyInDecision"));
        assertThat(binding.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("recognition.error.alreadyInDecision");
    }

    @Test
    void aRefusalOfSeveralProblemsHeadsTheFormListsEveryProblemAndMarksTheFieldsTheyName() {
        FormErrors.reject(binding, twoProblems(), code -> "values[" + code + "]");
        assertThat(binding.getGlobalErrors()).extracting(ObjectError::getCode)
                .containsExactly("programme.review.problems", "programme.review.notANumber", "programme.review.noteTooLong");
        assertThat(binding.getGlobalErrors().get(0).getArguments()).containsExactly(2);
        assertThat(binding.getFieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("values[C2.1]");
            assertThat(error.getCode()).isEqualTo("programme.review.notANumber");
            assertThat(error.getArguments()).containsExactly("C2.1");
        });
    }

    @Test
    void aRefusalPointingAtARecordStaysAboveTheFormWithItsLink() {
        ExtendedModelMap model = new ExtendedModelMap();
        FormErrors.reject(binding, new BusinessRuleException("name", "meeting.error.regularTaken", "12/2026")
                .withLink("/meetings/42"), model);
        assertThat(binding.getFieldErrors()).isEmpty();
        assertThat(binding.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("meeting.error.regularTaken");
        assertThat(model.get("refusalLink")).isEqualTo("/meetings/42");
    }

    @Test
    void aRefusalAfterARedirectCarriesItsSentenceProblemsAndLinkAndTheFormItsFieldErrors() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        form.setName("typed");
        boolean done = FlashMessages.perform(redirect, "saved", "form", form, () -> {
            throw BusinessRuleException.of(null, "classification.error.form", List.of(
                    Problem.of("classification.error.number").about("name"),
                    Problem.of("classification.error.range", 100).about("score"))).withLink("/x/1");
        });
        Map<String, ?> flash = redirect.getFlashAttributes();
        assertThat(done).isFalse();
        assertThat(flash.get("errorKey")).isEqualTo("classification.error.form");
        assertThat(flash.get("errorLink")).isEqualTo("/x/1");
        assertThat((List<?>) flash.get("errorProblems")).hasSize(2);
        assertThat(flash.get("form")).isSameAs(form);
        BindingResult flashed = (BindingResult) flash.get(BindingResult.MODEL_KEY_PREFIX + "form");
        assertThat(flashed.getFieldErrors()).singleElement().satisfies(error -> assertThat(error.getField()).isEqualTo("name"));
        assertThat(flashed.getGlobalErrors()).isEmpty();
        assertThat(flash).doesNotContainKey("message");
    }

    @Test
    void theRefusalReadsAsItsSentenceThenOneLinePerProblem() {
        ProblemText text = new ProblemText(ProblemTest.messages());
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            BusinessRuleException e = twoProblems();
            List<String> lines = text.lines(e.messageKey(), e.arguments(), e.problems());
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("Có 2 giá trị chưa hợp lệ; chưa lưu gì.");
            assertThat(lines.subList(1, 3)).isEqualTo(text.of(e.problems()));
            assertThat(text.lines(null, null, null)).isEmpty();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
