package vn.chibo.development;

import java.time.LocalDate;

/** Published when a candidate reaches the sympathiser stage in the pipeline, within the transaction that records it. */
public record CandidateListedAsSympathiser(long personId, LocalDate on) {
}
