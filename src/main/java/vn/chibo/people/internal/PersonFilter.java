package vn.chibo.people.internal;

import vn.chibo.people.PartyPosition;

/**
 * Filters of the people list.
 *
 * @param status  '' (current people), 'ALL', 'MEMBERS', 'MASSES' or a {@link vn.chibo.people.PartyStatus} name
 * @param orgId   organization whose subtree to list (default: the account's scope)
 */
public record PersonFilter(String q, String status, Long orgId, PartyPosition role, int page, int size) {

    public static final int MAX_SIZE = 200;

    public PersonFilter {
        status = status == null ? "" : status;
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }
}
