package vn.chibo.statistics;

/** Public façade of the statistics module. */
public interface ReviewFigures {

    /**
     * The review of an organization the signed-in account may see, for a period; otherwise
     * {@link vn.chibo.shared.web.NotFoundException}. Exact: every figure equals a count of the
     * records it comes from at the moment of the call (or at the lock, for a locked period).
     */
    Review review(long organizationId, ReviewPeriod period);

    /**
     * The same review when it can be answered now; empty while a large subtree's answer (at least
     * {@code chibo.statistics.answers.background-above-organizations} organizations) is computed in the background
     * after a change, so that a page can say so and ask again instead of holding the request for the whole pass. Asked
     * again with the instant of the first ask ({@code askedAt}, within the last 15 minutes, else ignored), the answer
     * kept since then serves even if a later change has made it stale: it is what a pass started then would show.
     */
    java.util.Optional<Review> reviewWhenReady(long organizationId, ReviewPeriod period, java.time.Instant askedAt);

    /** The organization a page opens on: the account's scope, or the first root for an administrator. */
    long defaultOrganization();

    /**
     * How each share and average is derived: key → [numerator key, denominator key, "share" or "ratio"], so that a
     * page can show a share with its numerator and denominator.
     */
    java.util.Map<String, java.util.List<String>> derivations();
}
