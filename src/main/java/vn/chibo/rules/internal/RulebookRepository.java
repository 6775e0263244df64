package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RulebookRepository extends JpaRepository<Rulebook, Long> {

    List<Rulebook> findAllByOrderByKindAscCodeAscRevisionDesc();

    List<Rulebook> findByCodeOrderByRevisionDesc(String code);

    Optional<Rulebook> findByCodeAndRevision(String code, int revision);

    boolean existsByCode(String code);

    @Query("select coalesce(max(r.revision), 0) from Rulebook r where r.code = :code")
    int latestRevision(String code);
}
