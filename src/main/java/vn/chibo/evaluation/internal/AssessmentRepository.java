package vn.chibo.evaluation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByRegistrationId(long registrationId);

    List<Assessment> findByRegistrationIdIn(Collection<Long> registrationIds);
}
