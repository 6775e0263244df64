package vn.chibo.evaluation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Reads and writes rulebooks as JSON (the import/export format and the stored definition) and
 * checks that a definition is complete and consistent, with messages a rulebook author can act on.
 */
public final class RulebookJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RulebookJson() {
    }

    /** The exchange document: the rulebook's identity plus its definition. */
    public record Document(String code, Rulebook.Kind kind, vn.chibo.evaluation.SubjectKind subjectKind, String nameVi,
                           String nameEn, String description, int yearFrom, Integer yearTo,
                           RulebookDefinition definition) {
    }

    public static RulebookDefinition parse(String json) {
        try {
            return JSON.readValue(json, RulebookDefinition.class);
        } catch (JacksonException e) {
            throw new BusinessRuleException("definition", "rulebook.error.json", e.getOriginalMessage());
        }
    }

    public static Document parseDocument(String json) {
        try {
            return JSON.readValue(json, Document.class);
        } catch (JacksonException e) {
            throw new BusinessRuleException("file", "rulebook.error.json", e.getOriginalMessage());
        }
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Problems that make a definition unusable, as message keys with one argument (the code concerned). */
    public static List<String[]> problems(Rulebook.Kind kind, RulebookDefinition definition) {
        List<String[]> problems = new ArrayList<>();
        if (kind == Rulebook.Kind.EMULATION_MODEL) {
            if (definition.recognition() == null || definition.recognition().rule() == null) {
                problems.add(new String[] {"rulebook.problem.noRecognitionRule", ""});
            } else if (definition.recognition().rule() == RulebookDefinition.RecognitionRule.MIN_POINTS
                    && definition.recognition().minPoints() == null) {
                problems.add(new String[] {"rulebook.problem.noMinPoints", ""});
            } else if (definition.recognition().rule() == RulebookDefinition.RecognitionRule.AT_LEAST_CRITERIA
                    && (definition.recognition().atLeast() == null || definition.recognition().atLeast() < 1
                    || definition.recognition().atLeast() > definition.criteria().size())) {
                problems.add(new String[] {"rulebook.problem.atLeast", ""});
            }
            if (definition.criteria().isEmpty()) {
                problems.add(new String[] {"rulebook.problem.noCriteria", ""});
            }
            Set<String> codes = new HashSet<>();
            for (var criterion : definition.criteria()) {
                if (blank(criterion.code()) || !codes.add(criterion.code())) {
                    problems.add(new String[] {"rulebook.problem.criterionCode", String.valueOf(criterion.code())});
                }
                if (criterion.name() == null || blank(criterion.name().vi())) {
                    problems.add(new String[] {"rulebook.problem.name", String.valueOf(criterion.code())});
                }
                if (criterion.indicators().isEmpty()) {
                    problems.add(new String[] {"rulebook.problem.noIndicators", String.valueOf(criterion.code())});
                }
                for (var indicator : criterion.indicators()) {
                    if (blank(indicator.code()) || !codes.add(indicator.code())) {
                        problems.add(new String[] {"rulebook.problem.indicatorCode", String.valueOf(indicator.code())});
                    }
                    if (indicator.name() == null || blank(indicator.name().vi())) {
                        problems.add(new String[] {"rulebook.problem.name", String.valueOf(indicator.code())});
                    }
                    if (indicator.kind() == null) {
                        problems.add(new String[] {"rulebook.problem.kind", String.valueOf(indicator.code())});
                    } else if (indicator.kind() == RulebookDefinition.IndicatorKind.NUMBER && indicator.threshold() == null) {
                        problems.add(new String[] {"rulebook.problem.threshold", indicator.code()});
                    } else if (indicator.kind() == RulebookDefinition.IndicatorKind.POINTS
                            && (indicator.maxPoints() == null || indicator.maxPoints().signum() <= 0)) {
                        problems.add(new String[] {"rulebook.problem.maxPoints", indicator.code()});
                    }
                }
            }
        } else {
            var classification = definition.classification();
            if (classification == null || classification.method() == null || classification.levels().isEmpty()) {
                problems.add(new String[] {"rulebook.problem.noLevels", ""});
            } else if (classification.quota() != null && classification.quota().enabled()
                    && classification.quota().maxShare() == null) {
                problems.add(new String[] {"rulebook.problem.quota", ""});
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
