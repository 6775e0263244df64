package vn.chibo.mentoring.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * The mentoring rule set in force: at most {@code maxMenteesPerMentor} mentees per mentor, groups of
 * {@code groupSize} people (the mentor included: 3 for a 'tổ 3 người'), a session at least every
 * {@code sessionEveryDays} days, progress reviewed every {@code reviewPeriodMonths} months.
 */
public record MentoringRules(int maxMenteesPerMentor, int groupSize, int sessionEveryDays, int reviewPeriodMonths) {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Mentees one group holds besides its mentor. */
    public int menteesPerGroup() {
        return Math.max(1, groupSize - 1);
    }

    static MentoringRules parse(String json) {
        MentoringRules rules;
        try {
            rules = JSON.readValue(json, MentoringRules.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new BusinessRuleException("definition", "mentoring.rules.error.json", vn.chibo.shared.web.JsonReadError.reason(e));
        }
        if (rules.maxMenteesPerMentor() < 1 || rules.maxMenteesPerMentor() > 20) {
            throw new BusinessRuleException("definition", "mentoring.rules.error.range", "maxMenteesPerMentor", 1, 20);
        }
        if (rules.groupSize() < 2 || rules.groupSize() > 10) {
            throw new BusinessRuleException("definition", "mentoring.rules.error.range", "groupSize", 2, 10);
        }
        if (rules.sessionEveryDays() < 1 || rules.sessionEveryDays() > 366) {
            throw new BusinessRuleException("definition", "mentoring.rules.error.range", "sessionEveryDays", 1, 366);
        }
        if (rules.reviewPeriodMonths() < 1 || rules.reviewPeriodMonths() > 12 || 12 % rules.reviewPeriodMonths() != 0) {
            throw new BusinessRuleException("definition", "mentoring.rules.error.range", "reviewPeriodMonths", 1, 12);
        }
        return rules;
    }

    String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    }

    /** The review period a date falls in: '2026-Q2' for quarters, '2026-H1' for halves, '2026' for years, '2026-M05' for months. */
    public String periodOf(java.time.LocalDate date) {
        int index = (date.getMonthValue() - 1) / reviewPeriodMonths + 1;
        return switch (reviewPeriodMonths) {
            case 12 -> String.valueOf(date.getYear());
            case 6 -> date.getYear() + "-H" + index;
            case 3 -> date.getYear() + "-Q" + index;
            default -> date.getYear() + "-M" + String.format("%02d", index);
        };
    }
}
