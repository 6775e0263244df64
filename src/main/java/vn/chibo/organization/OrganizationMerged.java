package vn.chibo.organization;

import java.time.LocalDate;

/** {@code fromId} was merged into {@code intoId}: its people now belong to {@code intoId}. */
public record OrganizationMerged(long fromId, long intoId, LocalDate effectiveOn) {
}
