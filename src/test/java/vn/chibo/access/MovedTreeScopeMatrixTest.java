package vn.chibo.access;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.IntegrationTest;

/**
 * The whole scope matrix again after the battalion holding the secretary's and the member's cell has
 * been moved to another regiment of the division: the paths of the cell, of its people and of every
 * record in it have changed, and every answer must stay the same. A copy left at its old path would
 * turn the secretary's and the member's 200s into 404s. (Moving a battalion out of the division is
 * {@link MovedSubtreeAccessTest}; moving the whole division here would cost about 0.7 s per case on
 * H2, four minutes for the matrix.) The move rolls back with each case's transaction.
 */
@IntegrationTest
class MovedTreeScopeMatrixTest extends ScopeMatrixTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void moveTheSecretarysBattalionToAnotherRegiment() {
        long battalion = jdbc.sql("select parent_id from organization where id = :c").param("c", cellIn)
                .query(Long.class).single();
        long newRegiment = jdbc.sql("""
                        select min(o.id) from organization o, organization b
                        where b.id = :b and o.type = 'GRASSROOTS_COMMITTEE' and o.status = 'ACTIVE'
                        and o.id <> b.parent_id and o.path like :division""")
                .param("b", battalion).param("division", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        String before = demo.pathOf(cellIn);
        organizations.move(battalion, newRegiment, LocalDate.of(2026, 6, 1), demo.version("organization", battalion));
        SecurityContextHolder.clearContext();
        if (before.equals(demo.pathOf(cellIn))) {
            throw new IllegalStateException("the move did not change the cell's path");
        }
    }
}
