package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * A running step whose deadline {@link Deadline#of} computes: the stages and flag that select it, the date column it
 * runs from and the working days the rules allow. Its deadline never decreases as that date grows, so "due before a
 * day" is "started before a day" ({@link WorkingDays#firstStartReaching}), which the database can answer by index.
 */
enum DeadlineTrack {
    DECISION("stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED') and decision_extended = false", "cell_resolution_on"),
    DECISION_EXTENDED("stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED') and decision_extended = true", "cell_resolution_on"),
    CEREMONY("stage = 'DECIDED'", "decision_on"),
    RECOGNITION("stage = 'PROBATION'", "probation_end"),
    RECOGNITION_DECISION("stage = 'RECOGNITION_RESOLVED' and recognition_extended = false", "recognition_cell_on"),
    RECOGNITION_DECISION_EXTENDED("stage = 'RECOGNITION_RESOLVED' and recognition_extended = true", "recognition_cell_on");

    /** The stages at which a deadline runs. */
    static final String RUNNING = "stage in ('CELL_RESOLVED', 'COMMITTEE_RESOLVED', 'DECIDED', 'PROBATION', 'RECOGNITION_RESOLVED')";

    private final String condition;
    private final String column;

    DeadlineTrack(String condition, String column) {
        this.condition = condition;
        this.column = column;
    }

    String condition() {
        return condition;
    }

    String column() {
        return column;
    }

    /** Working days from the start to the deadline (none: the start is the deadline, the end of probation). */
    int workingDays(DevelopmentRules rules) {
        return switch (this) {
            case DECISION -> rules.decisionWorkingDays();
            case DECISION_EXTENDED -> rules.decisionWorkingDays() + rules.extensionWorkingDays();
            case CEREMONY -> rules.ceremonyWorkingDays();
            case RECOGNITION -> 0;
            case RECOGNITION_DECISION -> rules.recognitionDecisionWorkingDays();
            case RECOGNITION_DECISION_EXTENDED -> rules.recognitionDecisionWorkingDays() + rules.extensionWorkingDays();
        };
    }

    /** The first start whose deadline falls on or after the day. */
    LocalDate firstStartDueFrom(LocalDate day, DevelopmentRules rules, Set<LocalDate> holidays) {
        return WorkingDays.firstStartReaching(day, workingDays(rules), holidays);
    }
}
