package vn.chibo.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationEventRepository extends JpaRepository<OrganizationEvent, Long> {

    List<OrganizationEvent> findByOrganizationIdOrderByEffectiveOnDescIdDesc(long organizationId);
}
