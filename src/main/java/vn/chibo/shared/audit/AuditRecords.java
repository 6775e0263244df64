package vn.chibo.shared.audit;

import java.util.List;

/**
 * Several audited changes published as one application event by a bulk load (e.g. one record per 250 people of an
 * import): the audit module stores them in one JDBC batch, in the publisher's transaction, as it would store each
 * {@link AuditRecord} on its own.
 */
public record AuditRecords(List<AuditRecord> records) {

    public AuditRecords {
        records = List.copyOf(records);
    }
}
