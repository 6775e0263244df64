package vn.chibo.mentoring.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of mentors. */
interface MentorRepository extends JpaRepository<Mentor, Long> {

    Optional<Mentor> findByPersonId(long personId);
}

/** Persistence of three-person groups. */
interface MentoringGroupRepository extends JpaRepository<MentoringGroup, Long> {

    List<MentoringGroup> findByMentorPersonIdAndEndedOnIsNullOrderById(long mentorPersonId);
}

/** Persistence of assignments. */
interface MentoringAssignmentRepository extends JpaRepository<MentoringAssignment, Long> {

    List<MentoringAssignment> findByGroupIdOrderById(long groupId);

    List<MentoringAssignment> findByMenteePersonIdOrderByStartDateDescIdDesc(long menteePersonId);

    List<MentoringAssignment> findByMenteePersonIdAndEndDateIsNull(long menteePersonId);

    long countByMentorPersonIdAndEndDateIsNull(long mentorPersonId);
}

/** Persistence of group sessions. */
interface MentoringSessionRepository extends JpaRepository<MentoringSession, Long> {

    List<MentoringSession> findTop20ByGroupIdOrderByHeldOnDescIdDesc(long groupId);
}

/** Persistence of progress reviews. */
interface MentoringReviewRepository extends JpaRepository<MentoringReview, Long> {

    Optional<MentoringReview> findByAssignmentIdAndReviewPeriod(long assignmentId, String reviewPeriod);

    List<MentoringReview> findByAssignmentIdInOrderByReviewPeriodDesc(java.util.Collection<Long> assignmentIds);
}
