package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Conditions and deadlines of admission as data: age in months at the cell's consideration,
 * education, introducers, certificate validity, the cell's approval share of official members, the
 * dossier forms required before the cell's vote, working-day deadlines and the public holidays they skip.
 */
public record DevelopmentRules(int minAgeMonths, int maxAgeMonths, int minEducationGrade, int introducersRequired,
                               int introducerMonthsTogether, int certificateValidYears, int approvalNumerator,
                               int approvalDenominator, List<String> dossierRequired, int decisionWorkingDays,
                               int recognitionDecisionWorkingDays, int extensionWorkingDays, int ceremonyWorkingDays,
                               int probationMonths, int dueSoonWorkingDays, List<LocalDate> holidays) {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Set<LocalDate> holidaySet() {
        return holidays == null ? Set.of() : new TreeSet<>(holidays);
    }

    /** True when the votes for reach the rulebook's share of the official members (e.g. two thirds). */
    public boolean approves(int votesFor, int officialMembers) {
        return officialMembers > 0 && (long) votesFor * approvalDenominator >= (long) officialMembers * approvalNumerator;
    }

    static DevelopmentRules parse(String json) {
        DevelopmentRules rules;
        try {
            rules = JSON.readValue(json, DevelopmentRules.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new BusinessRuleException("definition", "development.rules.error.json", vn.chibo.shared.web.JsonReadError.reason(e));
        }
        range("minAgeMonths", rules.minAgeMonths(), 0, 1200);
        range("maxAgeMonths", rules.maxAgeMonths(), rules.minAgeMonths(), 1200);
        range("minEducationGrade", rules.minEducationGrade(), 0, 12);
        range("introducersRequired", rules.introducersRequired(), 0, 5);
        range("introducerMonthsTogether", rules.introducerMonthsTogether(), 0, 120);
        range("certificateValidYears", rules.certificateValidYears(), 1, 20);
        range("approvalNumerator", rules.approvalNumerator(), 1, rules.approvalDenominator());
        range("approvalDenominator", rules.approvalDenominator(), 1, 100);
        range("decisionWorkingDays", rules.decisionWorkingDays(), 1, 365);
        range("recognitionDecisionWorkingDays", rules.recognitionDecisionWorkingDays(), 1, 365);
        range("extensionWorkingDays", rules.extensionWorkingDays(), 0, 365);
        range("ceremonyWorkingDays", rules.ceremonyWorkingDays(), 1, 365);
        range("probationMonths", rules.probationMonths(), 1, 60);
        range("dueSoonWorkingDays", rules.dueSoonWorkingDays(), 0, 60);
        for (String form : rules.dossierRequired() == null ? List.<String>of() : rules.dossierRequired()) {
            try {
                DossierItem.valueOf(form);
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("definition", "development.rules.error.form", form);
            }
        }
        return rules;
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BusinessRuleException("definition", "development.rules.error.range", name, min, max);
        }
    }

    String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }
}
