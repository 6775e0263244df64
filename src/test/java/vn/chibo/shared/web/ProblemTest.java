package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A problem is a value (key, arguments, subject) and reads the same in pages and the API, in the user's language. */
class ProblemTest {

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(Locale.forLanguageTag("vi"));
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private final ProblemText text = new ProblemText(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void problemsWithTheSameKeyArgumentsAndSubjectAreEqual() {
        Problem problem = Problem.of("rulebook.problem.indicatorCode", "C1").about("criteria[0].code");
        assertThat(problem).isEqualTo(Problem.of("rulebook.problem.indicatorCode", "C1").about("criteria[0].code"))
                .hasSameHashCodeAs(Problem.of("rulebook.problem.indicatorCode", "C1").about("criteria[0].code"))
                .isNotEqualTo(Problem.of("rulebook.problem.indicatorCode", "C2").about("criteria[0].code"))
                .isNotEqualTo(Problem.of("rulebook.problem.indicatorCode", "C1").about("criteria[1].code"));
        assertThat(Problem.of("rulebook.problem.noCriteria").subject()).isEmpty();
    }

    @Test
    void theArgumentsCannotChangeAfterTheProblemIsMade() {
        List<Object> arguments = new ArrayList<>(List.of("C1"));
        Problem problem = new Problem("rulebook.problem.indicatorCode", arguments, null);
        arguments.set(0, "C9");
        assertThat(problem.arguments()).containsExactly("C1");
        assertThat(problem.subject()).isEmpty();
    }

    @Test
    void aMissingCodeIsStillAnArgument() {
        String code = null;
        Problem problem = Problem.of("rulebook.problem.threshold", code);
        assertThat(problem.getArguments()).containsExactly((Object) null);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.of(problem)).isEqualTo("Indicator null (figure) needs a threshold.");
    }

    @Test
    void aProblemSurvivesTheSessionStore() throws Exception {
        Problem problem = Problem.of("recognition.bulk.line.notFound", "3 (Nguyễn Văn An)").about("3");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(List.of(problem));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(List.of(problem));
        }
    }

    @Test
    void aProblemIsToldInTheUsersLanguageWithItsArguments() {
        Problem problem = Problem.of("rulebook.problem.indicatorCode", "C1.2").about("criteria[0].indicators[1].code");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(text.of(problem)).isEqualTo("Mã chỉ tiêu trống hoặc trùng: C1.2");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.of(problem)).isEqualTo("Empty or repeated indicator code: C1.2");
    }

    @Test
    void aProblemWithoutArgumentsIsItsMessageAsWritten() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(text.of(List.of(Problem.of("rulebook.problem.noCriteria"), Problem.of("meeting.rubric.problem.noGrades"))))
                .containsExactly("Chưa có tiêu chí nào.", "Chưa có mức xếp loại.");
    }

    @Test
    void aProblemWithoutTranslationShowsItsKeyRatherThanNothing() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(text.of(Problem.of("no.such.problem", "X"))).isEqualTo("no.such.problem");
    }
}
