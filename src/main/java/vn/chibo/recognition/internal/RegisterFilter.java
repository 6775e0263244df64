package vn.chibo.recognition.internal;

/**
 * Filters of the award and discipline registers; {@link #PAGE_SIZE} pages every register.
 *
 * @param q        accent-insensitive words of the subject's name
 * @param kind     persons or organizations only, or both ({@code null})
 * @param form     a {@link DisciplineMeasure} or {@link AwardType} name, or {@code null}
 * @param level    an {@link AwardLevel} name (awards only), or {@code null}
 * @param fromYear decisions dated in this year or later ({@code null}: any)
 * @param toYear   decisions dated in this year or earlier ({@code null}: any)
 * @param campaign words of the campaign or model (awards only)
 * @param orgId    the organization whose subtree to list (default: the account's scope)
 */
public record RegisterFilter(String q, SubjectType kind, String form, String level, Integer fromYear, Integer toYear,
                             String campaign, Long orgId, int page) implements RegisterList.Filter {

    public static final int PAGE_SIZE = 50;

    public RegisterFilter {
        page = Math.max(page, 0);
        q = q == null ? "" : q;
        campaign = campaign == null ? "" : campaign;
    }

    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, null, null, null, null, null, 0);
    }
}
