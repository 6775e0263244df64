package vn.chibo.classification.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Persistence of classification rounds. */
interface ClassificationRoundRepository extends JpaRepository<ClassificationRound, Long> {

    List<ClassificationRound> findAllByOrderByRoundYearDescIdDesc();

    /** Decisions in a round are serialized so that two deciders cannot jointly exceed a quota. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ClassificationRound r where r.id = :id")
    Optional<ClassificationRound> lockById(long id);
}

/** Persistence of classification entries. */
interface ClassificationEntryRepository extends JpaRepository<ClassificationEntry, Long> {

    List<ClassificationEntry> findByRoundIdAndQuotaGroup(long roundId, String quotaGroup);

    Optional<ClassificationEntry> findByRoundIdAndSubjectKindAndSubjectId(long roundId, ClassificationEntry.Kind subjectKind,
                                                                         long subjectId);

    List<ClassificationEntry> findBySubjectKindAndSubjectIdOrderByIdDesc(ClassificationEntry.Kind subjectKind, long subjectId);
}
