package vn.chibo.classification.internal;

import vn.chibo.rules.RulebookDefinition;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;

/**
 * The facts other modules' registers supply about a subject (the discipline register above all);
 * they override what is declared, and the computed grade follows them.
 */
@Component
class RegisterFacts {

    static final String DISCIPLINED_IN_YEAR = "discipline.disciplinedInYear";
    static final String DISCIPLINE_SELF_DETECTED = "discipline.selfDetected";
    static final String LEADERSHIP_DISCIPLINED = "discipline.leadershipDisciplined";
    static final String SUBORDINATES_DISCIPLINED_SHARE = "discipline.subordinatesDisciplinedShare";
    /** Violations an inspection found in the year and that are not closed: past shortcomings are then not all fixed. */
    static final String OPEN_VIOLATIONS = "inspection.openViolations";

    private final Map<String, IndicatorSource> sources;

    RegisterFacts(List<IndicatorSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(IndicatorSource::key, s -> s, (a, b) -> a));
    }

    /** What the registers say about the subject in the round's year, by fact key (1/0 for yes/no, shares as fractions). */
    Map<String, BigDecimal> of(ClassificationEntry entry, ClassificationRound round) {
        Map<String, BigDecimal> facts = new LinkedHashMap<>();
        SubjectKind kind = entry.isCollective() ? SubjectKind.ORGANIZATION : SubjectKind.MEMBER;
        List<String> keys = entry.isCollective() ? List.of(LEADERSHIP_DISCIPLINED, SUBORDINATES_DISCIPLINED_SHARE, OPEN_VIOLATIONS)
                : List.of(DISCIPLINED_IN_YEAR, DISCIPLINE_SELF_DETECTED, OPEN_VIOLATIONS);
        for (String key : keys) {
            var source = sources.get(key);
            if (source != null) {
                source.value(kind, entry.getSubjectId(), YearMonth.of(round.getYear(), 1),
                        YearMonth.of(round.getYear(), 12)).ifPresent(v -> facts.put(key, v));
            }
        }
        return facts;
    }

    /** The registers may have changed since the proposal (a discipline decided meanwhile): the computed grade follows them. */
    void refreshComputed(ClassificationEntry entry, ClassificationRound round, RulebookDefinition.Classification rules) {
        ClassificationInputs declared = entry.declaredInputs();
        if (declared == null) {
            return;
        }
        ClassificationInputs withFacts = withFacts(declared, of(entry, round));
        entry.compute(withFacts, ClassificationCalculator.classify(rules,
                withFacts.toInput(entry.isCollective(), entry.getMonthsSinceAdmission())));
    }

    /** The declared facts of a form, overridden by the registers, classified under the rules; returns the computed grade. */
    ClassificationGrade recompute(ClassificationEntry entry, ClassificationRound round, RulebookDefinition.Classification rules,
                                  ClassificationForm form) {
        boolean recentlyAdmitted = !entry.isCollective() && entry.getMonthsSinceAdmission() != null && rules.exemptions() != null
                && rules.exemptions().admittedWithinMonths() != null
                && entry.getMonthsSinceAdmission() < rules.exemptions().admittedWithinMonths();
        ClassificationInputs typed = form.parse(rules, entry.isCollective(), recentlyAdmitted);
        ClassificationInputs declared = withFacts(typed, of(entry, round));
        ClassificationCalculator.Result result = ClassificationCalculator.classify(rules,
                declared.toInput(entry.isCollective(), entry.getMonthsSinceAdmission()));
        entry.compute(declared, result);
        return entry.getComputedGrade();
    }

    private static ClassificationInputs withFacts(ClassificationInputs typed, Map<String, BigDecimal> facts) {
        return facts.isEmpty() ? typed : new ClassificationInputs(typed.score(), typed.ratings(),
                typed.allTasksOnTime(), typed.exceedingShare(), typed.noDisciplinedSubordinates(),
                typed.pastShortcomingsFixed() && !yes(facts.get(OPEN_VIOLATIONS)),
                typed.lateTaskShare(),
                facts.containsKey(DISCIPLINED_IN_YEAR) ? yes(facts.get(DISCIPLINED_IN_YEAR)) : typed.disciplinedInYear(),
                facts.containsKey(DISCIPLINE_SELF_DETECTED) ? yes(facts.get(DISCIPLINE_SELF_DETECTED)) : typed.disciplineSelfCorrected(),
                typed.targetsMetShare(),
                facts.containsKey(LEADERSHIP_DISCIPLINED) ? yes(facts.get(LEADERSHIP_DISCIPLINED)) : typed.leadershipDisciplined(),
                facts.getOrDefault(SUBORDINATES_DISCIPLINED_SHARE, typed.disciplinedSubordinatesShare()),
                typed.internalDisunity(), typed.memberDegradation(), typed.activitySuspended());
    }

    private static boolean yes(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
