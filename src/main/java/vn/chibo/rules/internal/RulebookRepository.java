package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The one rule store. The default methods answer for the rulebook kinds (emulation models, classification rules),
 * which share one code space; the other kinds are reached by kind.
 */
public interface RulebookRepository extends JpaRepository<Rulebook, Long> {

    List<Rulebook> findByKindInOrderByKindAscCodeAscRevisionDesc(Collection<Rulebook.Kind> kinds);

    List<Rulebook> findByKindInAndCodeOrderByRevisionDesc(Collection<Rulebook.Kind> kinds, String code);

    boolean existsByKindInAndCode(Collection<Rulebook.Kind> kinds, String code);

    @Query("select coalesce(max(r.revision), 0) from Rulebook r where r.code = :code and r.kind in :kinds")
    int latestRevision(String code, Collection<Rulebook.Kind> kinds);

    List<Rulebook> findByKindOrderByCodeAscRevisionDesc(Rulebook.Kind kind);

    List<Rulebook> findByKindAndStatus(Rulebook.Kind kind, Rulebook.Status status);

    /** Marks revisions in use in one statement (a bulk update: the version is left as it is, nobody edited them). */
    @Modifying
    @Query("update Rulebook r set r.inUse = true where r.id in :ids and r.inUse = false")
    int markInUse(Collection<Long> ids);

    default List<Rulebook> findAllByOrderByKindAscCodeAscRevisionDesc() {
        return findByKindInOrderByKindAscCodeAscRevisionDesc(Rulebook.Kind.rulebooks());
    }

    default List<Rulebook> findByCodeOrderByRevisionDesc(String code) {
        return findByKindInAndCodeOrderByRevisionDesc(Rulebook.Kind.rulebooks(), code);
    }

    default boolean existsByCode(String code) {
        return existsByKindInAndCode(Rulebook.Kind.rulebooks(), code);
    }

    default int latestRevision(String code) {
        return latestRevision(code, Rulebook.Kind.rulebooks());
    }
}
