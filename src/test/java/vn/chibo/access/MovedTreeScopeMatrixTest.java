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
 * The whole scope matrix again after the division (scope of canbo.sudoan and kiemtra, holding the
 * secretary's and the member's cell) has been moved under another committee: every path in it has
 * changed, and every answer must stay the same. A copy left at its old path would turn a 200 into a
 * 404. The move rolls back with each case's transaction.
 */
@IntegrationTest
class MovedTreeScopeMatrixTest extends ScopeMatrixTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void moveTheDivisionUnderAnotherCommittee() {
        long division = demo.division();
        long newParent = jdbc.sql("""
                        select min(o.id) from organization o, organization d
                        where d.id = :d and o.type = 'UPPER_COMMITTEE' and o.status = 'ACTIVE' and o.parent_id is not null
                        and o.id <> d.parent_id and o.path not like :under""")
                .param("d", division).param("under", demo.pathOf(division) + "%").query(Long.class).single();
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        String before = demo.pathOf(demo.sampleCell());
        organizations.move(division, newParent, LocalDate.of(2026, 6, 1), demo.version("organization", division));
        SecurityContextHolder.clearContext();
        if (before.equals(demo.pathOf(demo.sampleCell()))) {
            throw new IllegalStateException("the move did not change the paths under the division");
        }
    }
}
