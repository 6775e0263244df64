package vn.chibo.emulation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByRegistrationId(long registrationId);

    /** Only for a bounded list (one page of members). */
    List<Assessment> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** Assessments of organizations' own registrations under a subtree ({@code Subtree.likePattern()}): joined, never a list of ids. */
    @Query("select a from Assessment a join Registration r on r.id = a.registrationId"
            + " where r.programmeId = :p and r.personId is null and r.orgPath like :within")
    List<Assessment> findOwnWithin(@Param("p") long programmeId, @Param("within") String likePattern);
}
