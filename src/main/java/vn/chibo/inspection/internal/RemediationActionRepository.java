package vn.chibo.inspection.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemediationActionRepository extends JpaRepository<RemediationAction, Long> {

    java.util.List<RemediationAction> findByFindingIdOrderByDueOnAscIdAsc(long findingId);
}
