package vn.chibo.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.JsonReadError;
import vn.chibo.shared.web.Problem;

/**
 * Reads and writes rulebooks as JSON (the stored definition, import and export) and YAML (import
 * and export of the same document), and checks that a definition is complete and consistent, with messages a rulebook author can act on.
 */
public final class RulebookJson {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The same document in YAML: block style, no document marker, quotes only where YAML needs them. */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Exchange formats of a rulebook document. */
    public enum Format {
        JSON("application/json", "json"),
        YAML("application/yaml", "yaml");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private RulebookJson() {
    }

    /** The exchange document: the rulebook's identity plus its definition. */
    public record Document(String code, Rulebook.Kind kind, vn.chibo.rules.SubjectKind subjectKind, String nameVi,
                           String nameEn, String description, int yearFrom, Integer yearTo,
                           RulebookDefinition definition) {
    }

    public static RulebookDefinition parse(String json) {
        try {
            return JSON.readValue(json, RulebookDefinition.class);
        } catch (JacksonException e) {
            throw new BusinessRuleException("definition", "rulebook.error.json", JsonReadError.reason(e));
        }
    }

    public static Document parseDocument(String json) {
        try {
            return JSON.readValue(json, Document.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new BusinessRuleException("file", "rulebook.error.jsonAt", location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(), JsonReadError.reason(e));
        }
    }

    /**
     * Reads an exchange document in the given format. A syntax or structure error names the line
     * (and column) where the reader stopped.
     */
    public static Document parseDocument(String text, Format format) {
        if (format == Format.JSON) {
            return parseDocument(text);
        }
        try {
            return YAML.readValue(text, Document.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw new BusinessRuleException("file", "rulebook.error.yaml", line, column, JsonReadError.reason(e));
        }
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static String write(Object value, Format format) {
        return format == Format.YAML ? YAML.writeValueAsString(value) : write(value);
    }

    /**
     * Problems that make a definition unusable: the code concerned is the message's argument, the
     * subject the field of the structured editor it belongs to (empty for the whole rulebook).
     */
    public static List<Problem> problems(Rulebook.Kind kind, RulebookDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        if (kind == Rulebook.Kind.EMULATION_MODEL) {
            var recognition = definition.recognition();
            if (recognition == null || recognition.rule() == null) {
                problems.add(problem("rulebook.problem.noRecognitionRule", "recognitionRule"));
            } else if (recognition.rule() == RulebookDefinition.RecognitionRule.MIN_POINTS && recognition.minPoints() == null) {
                problems.add(problem("rulebook.problem.noMinPoints", "minPoints"));
            } else if (recognition.rule() == RulebookDefinition.RecognitionRule.AT_LEAST_CRITERIA
                    && (recognition.atLeast() == null || recognition.atLeast() < 1
                    || recognition.atLeast() > definition.criteria().size())) {
                problems.add(problem("rulebook.problem.atLeast", "atLeast"));
            }
            if (definition.criteria().isEmpty()) {
                problems.add(problem("rulebook.problem.noCriteria", "criteria"));
            }
            Set<String> codes = new HashSet<>();
            for (int c = 0; c < definition.criteria().size(); c++) {
                var criterion = definition.criteria().get(c);
                String path = "criteria[" + c + "].";
                if (blank(criterion.code()) || !codes.add(criterion.code())) {
                    problems.add(problem("rulebook.problem.criterionCode", String.valueOf(criterion.code()), path + "code"));
                }
                if (criterion.name() == null || blank(criterion.name().vi())) {
                    problems.add(problem("rulebook.problem.name", String.valueOf(criterion.code()), path + "nameVi"));
                }
                if (criterion.indicators().isEmpty()) {
                    problems.add(problem("rulebook.problem.noIndicators", String.valueOf(criterion.code()), path + "indicators"));
                }
                for (int i = 0; i < criterion.indicators().size(); i++) {
                    var indicator = criterion.indicators().get(i);
                    String at = path + "indicators[" + i + "].";
                    if (blank(indicator.code()) || !codes.add(indicator.code())) {
                        problems.add(problem("rulebook.problem.indicatorCode", String.valueOf(indicator.code()), at + "code"));
                    }
                    if (indicator.name() == null || blank(indicator.name().vi())) {
                        problems.add(problem("rulebook.problem.name", String.valueOf(indicator.code()), at + "nameVi"));
                    }
                    if (indicator.kind() == null) {
                        problems.add(problem("rulebook.problem.kind", String.valueOf(indicator.code()), at + "kind"));
                    } else if (indicator.kind() == RulebookDefinition.IndicatorKind.NUMBER && indicator.threshold() == null) {
                        problems.add(problem("rulebook.problem.threshold", indicator.code(), at + "threshold"));
                    } else if (indicator.kind() == RulebookDefinition.IndicatorKind.POINTS
                            && (indicator.maxPoints() == null || indicator.maxPoints().signum() <= 0)) {
                        problems.add(problem("rulebook.problem.maxPoints", indicator.code(), at + "maxPoints"));
                    }
                    if (!sane(indicator.maxPoints()) || !sane(indicator.threshold())) {
                        problems.add(problem("rulebook.problem.number", indicator.code(), at + "threshold"));
                    }
                }
            }
        } else {
            classificationProblems(definition.classification(), problems);
        }
        return problems;
    }

    /** Levels complete and ordered, shares between 0 and 1, numbers of a sensible size. */
    private static void classificationProblems(RulebookDefinition.Classification classification, List<Problem> problems) {
        if (classification == null || classification.method() == null || classification.levels().isEmpty()) {
            problems.add(problem("rulebook.problem.noLevels", ""));
            return;
        }
        java.math.BigDecimal previous = null;
        for (int l = 0; l < classification.levels().size(); l++) {
            var level = classification.levels().get(l);
            String path = "classification.levels[" + l + "].";
            if (level.level() == null) {
                problems.add(problem("rulebook.problem.levelName", String.valueOf(l + 1), path + "level"));
                continue;
            }
            if (classification.method() == RulebookDefinition.ClassificationMethod.SCORE_100) {
                java.math.BigDecimal min = level.minScore();
                if (min == null || min.signum() < 0 || min.compareTo(java.math.BigDecimal.valueOf(100)) > 0 || !sane(min)) {
                    problems.add(problem("rulebook.problem.minScore", level.level().name(), path + "minScore"));
                } else if (previous != null && min.compareTo(previous) >= 0) {
                    problems.add(problem("rulebook.problem.levelOrder", level.level().name(), path + "minScore"));
                } else {
                    previous = min;
                }
            }
            if (level.shareAtLeast() != null && !share(level.shareAtLeast().share())) {
                problems.add(problem("rulebook.problem.share", level.level().name(), path + "sharePercent"));
            }
        }
        var quota = classification.quota();
        if (quota != null && quota.enabled() && !share(quota.maxShare())) {
            problems.add(problem("rulebook.problem.quota", "classification.quotaMaxSharePercent"));
        }
        if (classification.exceedingShareMin() != null && !share(classification.exceedingShareMin())) {
            problems.add(problem("rulebook.problem.share", "classification.exceedingSharePercent"));
        }
        if (classification.maxLateShare() != null && !share(classification.maxLateShare())) {
            problems.add(problem("rulebook.problem.share", "classification.maxLateSharePercent"));
        }
        var failure = classification.automaticFailure();
        if (failure != null && (failure.targetsMetBelow() != null && !share(failure.targetsMetBelow())
                || failure.disciplinedSubordinatesAbove() != null && !share(failure.disciplinedSubordinatesAbove()))) {
            problems.add(problem("rulebook.problem.share", "classification.targetsMetBelowPercent"));
        }
        var exemptions = classification.exemptions();
        if (exemptions != null && exemptions.admittedWithinMonths() != null
                && (exemptions.admittedWithinMonths() < 0 || exemptions.admittedWithinMonths() > 120)) {
            problems.add(problem("rulebook.problem.exemptionMonths", "classification.exemptionMonths"));
        }
    }

    /** A share is a fraction: 0.20 means 20%. */
    private static boolean share(java.math.BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(java.math.BigDecimal.ONE) <= 0 && sane(value);
    }

    /** Absent, or at most 4 decimals and below a million: no 1e-999999999 that would take gigabytes to print. */
    private static boolean sane(java.math.BigDecimal value) {
        return value == null || value.scale() <= 4 && value.precision() - value.scale() <= 7;
    }

    private static Problem problem(String key, String code, String field) {
        return Problem.of(key, code).about(field);
    }

    private static Problem problem(String key, String field) {
        return Problem.of(key).about(field);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
