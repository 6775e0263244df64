package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A rule violation with several problems answers RFC 9457 with one sentence per problem, as the pages show them. */
class ApiProblemBodyTest {

    /** Shaped like the rulebook's own violation: a count in the detail, the problems listed. */
    static BusinessRuleException severalProblems(List<Problem> problems) {
        return BusinessRuleException.of("definition", "rulebook.error.problems", problems, problems.size());
    }

    private final ApiProblemHandler handler = new ApiProblemHandler(ProblemTest.messages(),
            new ProblemText(ProblemTest.messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyProblemIsOneSentenceInTheCallersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        ProblemDetail body = handler.businessRule(severalProblems(List.of(
                Problem.of("rulebook.problem.indicatorCode", "C1.2").about("criteria[0].indicators[1].code"),
                Problem.of("rulebook.problem.noCriteria").about("criteria"))));

        assertThat(body.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT.value());
        assertThat(body.getTitle()).isEqualTo("Không thực hiện được");
        assertThat(body.getDetail()).isEqualTo("Quy chế có 2 lỗi cần sửa.");
        assertThat(body.getType()).isEqualTo(URI.create("urn:chibo:rulebook.error.problems"));
        assertThat(body.getProperties()).containsEntry("field", "definition")
                .containsEntry("problems", List.of("Mã chỉ tiêu trống hoặc trùng: C1.2", "Chưa có tiêu chí nào."));
    }

    @Test
    void theProblemsReadTheSameAsOnThePage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Problem problem = Problem.of("programme.review.notANumber", "C2.3").about("C2.3");
        ProblemDetail body = handler.businessRule(severalProblems(List.of(problem)));

        assertThat(body.getProperties()).containsEntry("problems",
                List.of(new ProblemText(ProblemTest.messages()).of(problem)));
        assertThat(body.getProperties().get("problems")).isEqualTo(List.of("Indicator C2.3: must be a number."));
    }

    @Test
    void aRuleWithoutProblemsHasNoProblemList() {
        ProblemDetail body = handler.businessRule(new BusinessRuleException("score", "classification.error.number"));
        assertThat(body.getProperties()).containsOnlyKeys("field");
    }
}
