package vn.chibo.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.NotFoundException;

/** Finds one organization within the signed-in account's scope: outside it, 'not found'. */
@Component
class OrganizationLookup {

    static final String ENTITY = "Organization";

    private final OrganizationRepository organizations;
    private final EntityManager entityManager;

    OrganizationLookup(OrganizationRepository organizations, EntityManager entityManager) {
        this.organizations = organizations;
        this.entityManager = entityManager;
    }

    /**
     * Inside a read-write transaction the row is read under a share lock (FOR SHARE on PostgreSQL,
     * FOR UPDATE on H2) until the transaction ends: a writer that copies the path it was handed either
     * commits before a move of the subtree rewrites the copies, or waits for the move and reads the
     * new path. Read-only transactions take no lock; {@link OrganizationService#find(long)} (unscoped, for module
     * internals such as sign-in bookkeeping in its own transaction) takes none either.
     */
    private Optional<Organization> read(long id) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return organizations.findById(id);
        }
        return Optional.ofNullable(entityManager.find(Organization.class, id, LockModeType.PESSIMISTIC_READ));
    }

    /** Like {@link #get(long)}, with the row locked for the rest of the transaction. */
    Organization lockForChange(long id) {
        ChiboUser user = CurrentUser.get();
        return organizations.findByIdForUpdate(id)
                .filter(o -> OrganizationAccess.mayRead(user, o.getPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The organization if the signed-in account may see it, else 404. */
    Organization get(long id) {
        ChiboUser user = CurrentUser.get();
        return read(id)
                .filter(o -> OrganizationAccess.mayRead(user, o.getPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
