package vn.chibo.access.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    long countByRole(vn.chibo.shared.security.Role role);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update Account a set a.failedAttempts = a.failedAttempts + 1 where a.id = :id")
    int incrementFailures(@org.springframework.data.repository.query.Param("id") long id);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("""
            update Account a set a.lockedUntil = :until, a.failedAttempts = 0
            where a.id = :id and a.failedAttempts >= :max""")
    int lockIfReached(@org.springframework.data.repository.query.Param("id") long id,
                      @org.springframework.data.repository.query.Param("max") int max,
                      @org.springframework.data.repository.query.Param("until") java.time.Instant until);
}
