package vn.chibo.statistics;

/** Public façade of the statistics module. */
public interface ReviewFigures {

    /**
     * The review of an organization the signed-in account may see, for a period; otherwise
     * {@link vn.chibo.shared.web.NotFoundException}. Exact: every figure equals a count of the
     * records it comes from at the moment of the call (or at the lock, for a locked period).
     */
    Review review(long organizationId, ReviewPeriod period);

    /** The organization a page opens on: the account's scope, or the first root for an administrator. */
    long defaultOrganization();

    /**
     * How each share and average is derived: key → [numerator key, denominator key, "share" or "ratio"], so that a
     * page can show a share with its numerator and denominator.
     */
    java.util.Map<String, java.util.List<String>> derivations();
}
