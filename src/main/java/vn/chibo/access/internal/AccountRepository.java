package vn.chibo.access.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findAllByOrderByUsername();

    long countByRole(vn.chibo.shared.security.Role role);

    /** Bulk update: no version bump, so parallel sign-ins of one account never collide. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(nativeQuery = true,
            value = "update account set last_login_at = :at where id = :id")
    int recordSignIn(@org.springframework.data.repository.query.Param("id") long id,
                     @org.springframework.data.repository.query.Param("at") java.time.Instant at);
}
