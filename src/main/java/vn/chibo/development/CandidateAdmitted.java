package vn.chibo.development;

import java.time.LocalDate;

/**
 * Published when a candidate is admitted to the Party (the ceremony after the admission decision: he is a
 * probationary member from {@code on}), within the transaction that records it.
 */
public record CandidateAdmitted(long personId, LocalDate on, String decisionNumber) {
}
