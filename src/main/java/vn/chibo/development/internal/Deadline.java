package vn.chibo.development.internal;

import java.time.LocalDate;

/**
 * The next deadline of a candidate: what is due ('decision', 'ceremony', 'recognition',
 * 'recognitionDecision'), by when, and working days left (negative when overdue).
 */
public record Deadline(String kind, LocalDate due, int workingDaysLeft, boolean dueSoon) {

    public boolean overdue() {
        return workingDaysLeft < 0;
    }

    /** What a deadline is computed from. */
    record DeadlineFacts(Stage stage, LocalDate cellResolutionOn, LocalDate decisionOn, LocalDate probationEnd,
                         LocalDate recognitionCellOn, boolean decisionExtended, boolean recognitionExtended) {
    }

    /** The deadline of a candidate at his stage, if one runs. */
    public static Deadline of(Candidate c, DevelopmentRules rules, LocalDate today) {
        return of(new DeadlineFacts(c.getStage(), c.getCellResolutionOn(), c.getDecisionOn(), c.getProbationEnd(),
                c.getRecognitionCellOn(), c.isDecisionExtended(), c.isRecognitionExtended()), rules, today);
    }

    static Deadline of(DeadlineFacts c, DevelopmentRules rules, LocalDate today) {
        var holidays = rules.holidaySet();
        LocalDate due;
        String kind;
        switch (c.stage()) {
            case CELL_RESOLVED, COMMITTEE_RESOLVED -> {
                kind = "decision";
                due = WorkingDays.add(c.cellResolutionOn(), rules.decisionWorkingDays()
                        + (c.decisionExtended() ? rules.extensionWorkingDays() : 0), holidays);
            }
            case DECIDED -> {
                kind = "ceremony";
                due = WorkingDays.add(c.decisionOn(), rules.ceremonyWorkingDays(), holidays);
            }
            case PROBATION -> {
                kind = "recognition";
                due = c.probationEnd();
            }
            case RECOGNITION_RESOLVED -> {
                kind = "recognitionDecision";
                due = WorkingDays.add(c.recognitionCellOn(), rules.recognitionDecisionWorkingDays()
                        + (c.recognitionExtended() ? rules.extensionWorkingDays() : 0), holidays);
            }
            default -> {
                return null;
            }
        }
        if (due == null) {
            return null;
        }
        int left = due.isBefore(today) ? -Math.max(1, WorkingDays.between(due, today, holidays))
                : WorkingDays.between(today, due, holidays);
        return new Deadline(kind, due, left, left >= 0 && left <= rules.dueSoonWorkingDays());
    }
}
