package vn.chibo.people;

import java.util.Optional;

/** Public façade of the people module. */
public interface PersonDirectory {

    /** Any person, unscoped: for module internals such as binding an account to a person. */
    Optional<PersonRef> find(long id);

    /** A person the signed-in account may see; otherwise {@link vn.chibo.shared.web.NotFoundException}. */
    PersonRef requireVisible(long id);

    /** People by party status under an organization path prefix ({@code null}: everything). Unscoped: callers pass the scope. */
    java.util.Map<PartyStatus, Long> countByStatus(String pathPrefix);

    /**
     * People with one of the statuses under each direct sub-organization of an organization path, by the
     * sub-organization's id (the organization's own people under its own id), in one grouped query. Unscoped.
     */
    java.util.Map<Long, Long> countUnderChildren(String path, java.util.Collection<PartyStatus> statuses);

    /** A current party member as other modules list them: where he belongs and since when he is a member. */
    record PartyMemberLine(long id, String fullName, long organizationId, String orgPath, PartyStatus partyStatus,
                           java.time.LocalDate admittedOn) {
    }

    /** Current party members (dự bị and chính thức) under an organization path prefix. Unscoped: callers pass the scope. */
    java.util.List<PartyMemberLine> partyMembersUnder(String pathPrefix);

    /**
     * Current party members (probationary and official) counted per organization they belong to,
     * under a path prefix ({@code null}: everything), in one grouped query. Unscoped: callers pass a visible path.
     */
    java.util.Map<Long, Long> countMembersByOrganization(String pathPrefix);

    /** One page of the current party members of one organization (not its subtree), in Vietnamese name order. Unscoped. */
    java.util.List<PersonRef> membersOf(long organizationId, int offset, int limit);

    /** What other modules judge a person by (eligibility for admission, mentoring): dates and education. */
    record PersonFacts(long id, String fullName, java.time.LocalDate birthDate, String education, long organizationId,
                       String orgPath, PartyStatus partyStatus, java.time.LocalDate admittedOn,
                       java.time.LocalDate officialSince) {
    }

    /** Facts of any person, unscoped: callers check visibility with {@link #requireVisible(long)}. */
    Optional<PersonFacts> facts(long id);

    /** Many people at once, unscoped, by id (missing ids are left out). */
    java.util.Map<Long, PersonRef> findAll(java.util.Collection<Long> ids);

    /**
     * Current people (not struck off, not deceased) under an organization path, at most {@code limit}, ordered by
     * organization and Vietnamese name. Unscoped: callers pass a visible path.
     */
    java.util.List<PersonRef> currentPeopleUnder(String pathPrefix, int limit);

    /**
     * Records a party status step (kết nạp, công nhận chính thức, xóa tên...) with the people module's own rules:
     * the signed-in account must be allowed to change the person, the step must be a valid transition, dated
     * in order and not in the future; the status history and the audit trail are written.
     */
    PersonRef changePartyStatus(long id, PartyStatus status, java.time.LocalDate effectiveOn, String note);
    /**
     * A party member of an organization at a date, as meeting invitations list them: status at that date
     * (probationary or official) and whether he was there temporarily (sinh hoạt tạm thời).
     */
    record MemberAtDate(long id, String fullName, String sortKey, PartyStatus statusAt, boolean temporary) {
    }

    /**
     * The party members (probationary and official at that date) taking part in an organization's activity on
     * a date, from membership and status history, in Vietnamese name order. Unscoped: callers check the organization.
     */
    java.util.List<MemberAtDate> partyMembersAt(long organizationId, java.time.LocalDate date);

    /** A leadership position held on a date (bí thư, phó bí thư, cấp ủy viên...). */
    record LeaderAtDate(long personId, String fullName, String sortKey, long organizationId, PartyPosition position) {
    }

    /** Who held leadership positions in the given organizations on a date. Unscoped: callers check the organizations. */
    java.util.List<LeaderAtDate> leadersAt(java.util.Collection<Long> organizationIds, java.time.LocalDate date);
}
