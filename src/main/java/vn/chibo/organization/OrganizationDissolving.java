package vn.chibo.organization;

import java.time.LocalDate;

/**
 * An organization is about to be dissolved. Listeners may refuse by throwing
 * {@link vn.chibo.shared.web.BusinessRuleException} (e.g. it still has active members); the
 * dissolution then rolls back.
 */
public record OrganizationDissolving(long organizationId, LocalDate effectiveOn) {
}
