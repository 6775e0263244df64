package vn.chibo.evaluation;

import java.util.List;

/** Public façade: this year's emulation programmes as the signed-in account sees them (for the start page). */
public interface EmulationOverview {

    /** One programme's figures within the account's scope. */
    record ProgrammeFigures(long programmeId, String name, int year, int subjects, int registered, int reviewedThisPeriod,
                            String period, int recognised, int target) {
    }

    List<ProgrammeFigures> currentYear();
}
