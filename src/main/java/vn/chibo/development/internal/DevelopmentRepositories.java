package vn.chibo.development.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of candidates. */
interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByPersonIdOrderByIdDesc(long personId);
}

/** Persistence of the candidates' timelines. */
interface CandidateEventRepository extends JpaRepository<CandidateEvent, Long> {

    List<CandidateEvent> findByCandidateIdOrderByOccurredOnAscIdAsc(long candidateId);
}

/** Persistence of development rule sets. */
interface DevelopmentRulebookRepository extends JpaRepository<DevelopmentRulebook, Long> {

    List<DevelopmentRulebook> findAllByOrderByCodeAscRevisionDesc();

    boolean existsByCode(String code);

    Optional<DevelopmentRulebook> findTopByCodeOrderByRevisionDesc(String code);
}
