package vn.chibo.emulation.internal;

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

    /** Subjects under a subtree ({@code Subtree.likePattern()}), so that a board never reads the whole programme. */
    @Query("select s from ProgrammeSubject s where s.programmeId = :p and s.orgPath like :within order by s.orgPath")
    List<ProgrammeSubject> findWithin(@Param("p") long programmeId, @Param("within") String likePattern);

    @Query("select p from Programme p join ProgrammeSubject s on s.programmeId = p.id where s.organizationId = :o and p.year = :year order by p.id")
    List<Programme> programmesOf(@Param("o") long organizationId, @Param("year") int year);

    boolean existsByProgrammeIdAndOrganizationId(long programmeId, long organizationId);
}

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** Organizations' own registrations (members' are counted in the database, never loaded all at once). */
    @Query("select r from Registration r where r.programmeId = :p and r.personId is null")
    List<Registration> findByProgrammeId(@Param("p") long programmeId);

    /** Organizations' own registrations under a subtree ({@code Subtree.likePattern()}). */
    @Query("select r from Registration r where r.programmeId = :p and r.personId is null and r.orgPath like :within")
    List<Registration> findOwnWithin(@Param("p") long programmeId, @Param("within") String likePattern);

    /** The organization's own registration (not one of its members'). */
    @Query("select r from Registration r where r.programmeId = :p and r.organizationId = :o and r.personId is null")
    Optional<Registration> findByProgrammeIdAndOrganizationId(@Param("p") long programmeId, @Param("o") long organizationId);

    Optional<Registration> findByProgrammeIdAndPersonId(long programmeId, long personId);

    List<Registration> findByProgrammeIdAndPersonIdIn(long programmeId, Collection<Long> personIds);

    @Query("select r from Registration r join Programme p on p.id = r.programmeId where r.personId = :person and p.year = :year order by p.id")
    List<Registration> findByPersonIdAndYear(@Param("person") long personId, @Param("year") int year);

    boolean existsByProgrammeIdIn(Collection<Long> programmeIds);
}

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByRegistrationIdOrderByCriterionCodeAscIdAsc(long registrationId);
}

interface SelfReviewRepository extends JpaRepository<SelfReview, Long> {

    List<SelfReview> findByRegistrationIdAndPeriod(long registrationId, String period);

    /** Organizations' own registrations under a subtree reviewed in the period: joined, never a list of ids. */
    @Query("select distinct s.registrationId from SelfReview s join Registration r on r.id = s.registrationId"
            + " where r.programmeId = :p and r.personId is null and r.orgPath like :within and s.period = :period")
    List<Long> reviewedWithin(@Param("p") long programmeId, @Param("within") String likePattern, @Param("period") String period);

    /** Only for a bounded list (one page of members). */
    @Query("select distinct s.registrationId from SelfReview s where s.registrationId in :ids and s.period = :period")
    List<Long> reviewedIn(@Param("ids") Collection<Long> registrationIds, @Param("period") String period);
}
