package vn.chibo.shared.audit;

import java.util.Map;

/**
 * An audited change, published as an application event by the module that made it and stored
 * by the audit module in the same transaction (so a rolled-back change leaves no record).
 *
 * @param action       CREATE, UPDATE, MOVE, MERGE, SPLIT, DISSOLVE, TRANSFER, LOGIN, LOGIN_FAILED...
 * @param entityType   e.g. 'Organization', 'Person', 'Account'
 * @param entityId     the record's id (null for events without one, e.g. a failed login)
 * @param orgPath      path of the organization the record belongs to, for scoped filtering
 * @param changes      field → [before, after]
 */
public record AuditRecord(String action, String entityType, Long entityId, String orgPath, String summary,
                          Map<String, Object[]> changes, String actor) {

    public static AuditRecord of(String action, String entityType, Long entityId, String orgPath, String summary,
                                 Map<String, Object[]> changes) {
        return new AuditRecord(action, entityType, entityId, orgPath, summary, changes,
                vn.chibo.shared.security.CurrentUser.actorName());
    }
}
