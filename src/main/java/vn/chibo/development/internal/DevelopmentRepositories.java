package vn.chibo.development.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of candidates. */
interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByPersonIdOrderByIdDesc(long personId);
}

/** Persistence of the candidates' timelines. */
interface CandidateEventRepository extends JpaRepository<CandidateEvent, Long> {

    List<CandidateEvent> findByCandidateIdOrderByOccurredOnAscIdAsc(long candidateId);
}
