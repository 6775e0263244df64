package vn.chibo.inspection.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    java.util.List<Finding> findByInspectionIdOrderByIdAsc(long inspectionId);
}
