package vn.chibo.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByIdentityNumber(String identityNumber);

    List<Person> findByOrganizationId(long organizationId);

    @Query("select count(p) from Person p where p.organizationId = :orgId and p.partyStatus not in (vn.chibo.people.PartyStatus.STRUCK_OFF, vn.chibo.people.PartyStatus.DECEASED)")
    long countCurrentIn(@Param("orgId") long organizationId);
}

interface PartyStatusChangeRepository extends JpaRepository<PartyStatusChange, Long> {

    List<PartyStatusChange> findByPersonIdOrderByEffectiveOnDescIdDesc(long personId);
}

interface LeadershipAssignmentRepository extends JpaRepository<LeadershipAssignment, Long> {

    List<LeadershipAssignment> findByPersonIdOrderByFromDateDesc(long personId);

    List<LeadershipAssignment> findByPersonIdAndOrganizationIdAndToDateIsNull(long personId, long organizationId);

    List<LeadershipAssignment> findByOrganizationIdAndToDateIsNull(long organizationId);
}

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByPersonIdOrderByFromDateDescIdDesc(long personId);

    List<Membership> findByPersonIdAndKindAndToDateIsNull(long personId, Membership.Kind kind);

    List<Membership> findByOrganizationIdAndKindAndToDateIsNull(long organizationId, Membership.Kind kind);
}
