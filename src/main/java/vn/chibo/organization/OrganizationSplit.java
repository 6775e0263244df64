package vn.chibo.organization;

import java.time.LocalDate;
import java.util.Set;

/** Part of {@code fromId} was split off into the new {@code newId}, taking the listed people along. */
public record OrganizationSplit(long fromId, long newId, Set<Long> personIds, LocalDate effectiveOn) {
}
