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
}
