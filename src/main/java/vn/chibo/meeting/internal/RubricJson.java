package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.Problem;

/** Reads, checks and writes meeting rubrics as JSON (the shipped file, the stored definition, imports). */
public final class RubricJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RubricJson() {
    }

    /** The exchange document: identity, the date it applies from, the legal basis, and the definition. */
    public record Document(String code, String nameVi, String nameEn, LocalDate validFrom, String basis,
                           RubricDefinition definition) {
    }

    public static Document parseDocument(String json) {
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new BusinessRuleException("json", "meeting.rubric.error.json", location == null ? 0 : location.getLineNr(),
                    vn.chibo.shared.web.JsonReadError.reason(e));
        }
        List<Problem> problems = new ArrayList<>();
        if (document == null) {
            throw new BusinessRuleException("json", "meeting.rubric.error.empty");
        }
        if (document.code() == null || !document.code().matches("[A-Z0-9_]{2,60}")) {
            problems.add(Problem.of("meeting.rubric.problem.code", String.valueOf(document.code())));
        }
        if (document.nameVi() == null || document.nameVi().isBlank() || document.nameEn() == null || document.nameEn().isBlank()) {
            problems.add(Problem.of("meeting.rubric.problem.name"));
        }
        if (document.validFrom() == null) {
            problems.add(Problem.of("meeting.rubric.problem.validFrom"));
        }
        problems.addAll(problems(document.definition()));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.of("json", "meeting.rubric.error.invalid", problems);
        }
        return document;
    }

    /** A stored document (checked when it was saved). */
    static Document parseDocumentUnchecked(String json) {
        try {
            return JSON.readValue(json, Document.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Stored rubric cannot be read", e);
        }
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** What is wrong with a definition: (message key, argument) pairs; empty when it can be used. */
    public static List<Problem> problems(RubricDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        if (definition == null || definition.items().isEmpty()) {
            problems.add(Problem.of("meeting.rubric.problem.noItems"));
            return problems;
        }
        if (definition.appliesTo().isEmpty()) {
            problems.add(Problem.of("meeting.rubric.problem.appliesTo"));
        }
        Set<String> codes = new HashSet<>();
        for (RubricDefinition.Item item : definition.items()) {
            String code = item.code();
            if (code == null || !code.matches("[A-Z0-9_]{1,40}") || !codes.add(code)) {
                problems.add(Problem.of("meeting.rubric.problem.itemCode", String.valueOf(code)));
                continue;
            }
            if (item.name() == null || item.name().get("vi") == null || item.name().get("vi").isBlank()) {
                problems.add(Problem.of("meeting.rubric.problem.itemName", code));
            }
            if (item.maxPoints() == null || item.maxPoints().signum() <= 0) {
                problems.add(Problem.of("meeting.rubric.problem.maxPoints", code));
                continue;
            }
            if (item.manual() && !item.bands().isEmpty()) {
                problems.add(Problem.of("meeting.rubric.problem.manualBands", code));
            }
            if (!item.manual() && item.bands().isEmpty()) {
                problems.add(Problem.of("meeting.rubric.problem.noBands", code));
            }
            if (item.whenUnknown().signum() < 0 || item.whenUnknown().compareTo(item.maxPoints()) > 0) {
                problems.add(Problem.of("meeting.rubric.problem.points", code));
            }
            for (RubricDefinition.Band band : item.bands()) {
                if (band.points() == null || band.points().signum() < 0 || band.points().compareTo(item.maxPoints()) > 0) {
                    problems.add(Problem.of("meeting.rubric.problem.points", code));
                }
                if (band.when().isEmpty()) {
                    problems.add(Problem.of("meeting.rubric.problem.noConditions", code));
                }
                band.when().forEach(c -> checkCondition(c, code, problems));
            }
        }
        if (definition.totalPoints().compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(Problem.of("meeting.rubric.problem.total", definition.totalPoints().toPlainString()));
        }
        if (definition.grades().isEmpty()) {
            problems.add(Problem.of("meeting.rubric.problem.noGrades"));
        }
        BigDecimal previous = null;
        for (RubricDefinition.Grade grade : definition.grades()) {
            if (grade.code() == null || !List.of("GOOD", "FAIR", "AVERAGE", "POOR").contains(grade.code())) {
                problems.add(Problem.of("meeting.rubric.problem.gradeCode", String.valueOf(grade.code())));
            }
            if (grade.atLeast() == null || (previous != null && grade.atLeast().compareTo(previous) >= 0)) {
                problems.add(Problem.of("meeting.rubric.problem.gradeOrder", String.valueOf(grade.code())));
            } else {
                previous = grade.atLeast();
            }
            for (String code : grade.fullMarksOn()) {
                if (!codes.contains(code)) {
                    problems.add(Problem.of("meeting.rubric.problem.fullMarksOn", code));
                }
            }
        }
        if (previous != null && previous.signum() != 0) {
            problems.add(Problem.of("meeting.rubric.problem.lowestGrade", previous.toPlainString()));
        }
        if (definition.flat() != null) {
            definition.flat().any().forEach(c -> checkCondition(c, "flat", problems));
        }
        if (definition.strikeOff() == null || definition.strikeOff().unexcusedMonths() < 1
                || definition.strikeOff().warnFrom() < 1 || definition.strikeOff().warnFrom() > definition.strikeOff().unexcusedMonths()) {
            problems.add(Problem.of("meeting.rubric.problem.strikeOff"));
        }
        if (definition.memberContribution() == null || definition.memberContribution().minSpokenShare() == null) {
            problems.add(Problem.of("meeting.rubric.problem.memberContribution"));
        }
        return problems;
    }

    private static void checkCondition(RubricDefinition.Condition condition, String where, List<Problem> problems) {
        if (condition == null || condition.measure() == null || condition.op() == null || condition.value() == null) {
            problems.add(Problem.of("meeting.rubric.problem.condition", where));
        }
    }
}
