package vn.chibo.emulation;

import java.util.List;

/** Public façade: this year's emulation programmes as the signed-in account sees them (for the start page). */
public interface EmulationOverview {

    /** One programme's figures within the account's scope. */
    record ProgrammeFigures(long programmeId, String name, int year, int subjects, int registered, int reviewedThisPeriod,
                            String period, int recognised, int target) {
    }

    List<ProgrammeFigures> currentYear();

    /**
     * A year's programmes the account may see that have subjects in an organization's subtree, counted within that
     * subtree (targets: the programme's target share of those subjects); 404 outside the account's scope.
     */
    List<ProgrammeFigures> ofYear(long organizationId, int year);

    /**
     * The signed-in member's own emulation this year (Đảng viên 5 tốt): a programme whose model judges
     * members and in which his cell takes part, with his registration if he has one ({@code null}: not
     * yet), whether he has reviewed the current period, and the year-end assessment status
     * (DRAFT, SELF_ASSESSED, PROPOSED, DECIDED; {@code null}: not started).
     */
    record MemberEmulation(long programmeId, String name, int year, Long registrationId, String period,
                           boolean reviewedThisPeriod, String assessmentStatus, Boolean recognised) {
    }

    List<MemberEmulation> mine();
}
