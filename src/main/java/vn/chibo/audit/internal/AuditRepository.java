package vn.chibo.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Append-only by construction: only save and queries, no update or delete methods. */
interface AuditRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    AuditEntry save(AuditEntry entry);

    long count();

    @Override
    Page<AuditEntry> findAll(Specification<AuditEntry> specification, Pageable pageable);
}
