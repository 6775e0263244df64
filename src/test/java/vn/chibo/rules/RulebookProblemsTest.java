package vn.chibo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A classification rulebook that would grade wrongly or crash is refused with the problem named. */
class RulebookProblemsTest {

    private static List<String> problems(String classification) {
        var definition = RulebookJson.parse("{\"classification\":" + classification + "}");
        return RulebookJson.problems(Rulebook.Kind.CLASSIFICATION, definition).stream().map(p -> p.messageKey()).toList();
    }

    @Test
    void theShippedShapeHasNoProblem() {
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"level":"EXCELLENT","minScore":90},{"level":"GOOD","minScore":70},
                {"level":"COMPLETED","minScore":50},{"level":"NOT_COMPLETED","minScore":0}],
                "quota":{"enabled":true,"maxShare":0.20,"includeExcellentInBase":true}}""")).isEmpty();
    }

    @Test
    void aLevelWithoutAMinimumScoreOrOutOfOrderIsRefused() {
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"level":"EXCELLENT"},{"level":"GOOD","minScore":70}]}"""))
                .contains("rulebook.problem.minScore");
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"level":"EXCELLENT","minScore":70},{"level":"GOOD","minScore":90}]}"""))
                .contains("rulebook.problem.levelOrder");
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"minScore":90}]}""")).contains("rulebook.problem.levelName");
    }

    @Test
    void aQuotaWrittenAsAPercentOrAShareWithoutValueIsRefused() {
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"level":"GOOD","minScore":0}],"quota":{"enabled":true,"maxShare":20}}"""))
                .contains("rulebook.problem.quota");
        assertThat(problems("""
                {"method":"CRITERIA_RATINGS","levels":[{"level":"EXCELLENT","shareAtLeast":{"rating":"EXCELLENT"}}]}"""))
                .contains("rulebook.problem.share");
    }

    @Test
    void anAbsurdlyPreciseNumberIsRefusedBeforeAnyoneTriesToPrintIt() {
        assertThat(problems("""
                {"method":"SCORE_100","levels":[{"level":"GOOD","minScore":1e-999999}]}""")).contains("rulebook.problem.minScore");
    }
}
