package vn.chibo.people;

/** What other modules know of a person. */
public record PersonRef(long id, String fullName, long organizationId, String orgPath, PartyStatus partyStatus)
        implements java.io.Serializable {
}
