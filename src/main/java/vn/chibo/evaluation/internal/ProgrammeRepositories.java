package vn.chibo.evaluation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findAllByOrderByYearDescIdDesc();
}

interface ProgrammeSubjectRepository extends JpaRepository<ProgrammeSubject, Long> {

    List<ProgrammeSubject> findByProgrammeIdOrderByOrgPath(long programmeId);

    boolean existsByProgrammeIdAndOrganizationId(long programmeId, long organizationId);
}

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByProgrammeId(long programmeId);

    Optional<Registration> findByProgrammeIdAndOrganizationId(long programmeId, long organizationId);

    boolean existsByProgrammeIdIn(Collection<Long> programmeIds);
}

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByRegistrationIdOrderByCriterionCodeAscIdAsc(long registrationId);
}

interface SelfReviewRepository extends JpaRepository<SelfReview, Long> {

    List<SelfReview> findByRegistrationIdAndPeriod(long registrationId, String period);

    @Query("select distinct s.registrationId from SelfReview s where s.registrationId in :ids and s.period = :period")
    List<Long> reviewedIn(@Param("ids") Collection<Long> registrationIds, @Param("period") String period);
}
