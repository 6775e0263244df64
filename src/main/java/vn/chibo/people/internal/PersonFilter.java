package vn.chibo.people.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;

/**
 * Filters of the people list.
 *
 * @param status  '' (current people), 'ALL', 'MEMBERS', 'MASSES' or a {@link vn.chibo.people.PartyStatus} name
 * @param orgId   organization whose subtree to list (default: the account's scope)
 * @param after   keyset paging: the page starts after this person of the previous page (its {@code page} is only shown)
 * @param before  keyset paging backwards: the page ends before this person of the next page
 */
public record PersonFilter(String q, String status, Long orgId, PartyPosition role, int page, int size, Long after, Long before) {

    public static final int MAX_SIZE = 200;

    public PersonFilter {
        status = status == null ? "" : status;
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public PersonFilter(String q, String status, Long orgId, PartyPosition role, int page, int size) {
        this(q, status, orgId, role, page, size, null, null);
    }

    /** The party statuses the {@code status} filter keeps. */
    Set<PartyStatus> statuses() {
        return switch (status) {
            case "", "CURRENT" -> EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER, PartyStatus.PROBATIONARY, PartyStatus.OFFICIAL);
            case "ALL" -> EnumSet.allOf(PartyStatus.class);
            case "MEMBERS" -> EnumSet.of(PartyStatus.PROBATIONARY, PartyStatus.OFFICIAL);
            case "MASSES" -> EnumSet.of(PartyStatus.MASS, PartyStatus.SYMPATHISER);
            default -> EnumSet.of(PartyStatus.valueOf(status));
        };
    }

    /** The condition on {@code p.party_status} that keeps the filter's statuses, {@code null} for all of them. */
    String statusCondition() {
        Set<PartyStatus> kept = statuses();
        Set<PartyStatus> others = EnumSet.complementOf(EnumSet.copyOf(kept));
        if (others.isEmpty()) {
            return null;
        }
        boolean fewerOthers = others.size() < kept.size();
        return "p.party_status " + (fewerOthers ? "not in (" : "in (") + (fewerOthers ? others : kept).stream()
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
    }
}
