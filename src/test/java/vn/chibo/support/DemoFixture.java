package vn.chibo.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Finds well-known records of the demo region for tests: the demo secretary's cell, a cell elsewhere... */
@Component
public class DemoFixture {

    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final Clock clock;

    public DemoFixture(JdbcClient jdbc, UserDetailsService users, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Today as the application sees it: the test clock starts on a fixed day (see application-test.properties). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now as the application sees it. */
    public Instant now() {
        return clock.instant();
    }

    public UserDetails user(String username) {
        return users.loadUserByUsername(username);
    }

    /** Signs the account in on this thread (services read the current user), as a request would; see {@link SignOutAfterEach}. */
    public vn.chibo.shared.security.ChiboUser signIn(String username) {
        UserDetails user = user(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
        return (vn.chibo.shared.security.ChiboUser) user;
    }

    public long scopeOf(String username) {
        return jdbc.sql("select scope_org_id from account where username = :u").param("u", username).query(Long.class).single();
    }

    public long personOf(String username) {
        return jdbc.sql("select person_id from account where username = :u").param("u", username).query(Long.class).single();
    }

    /** The demo secretary's cell (Chi bộ Đại đội 1, in the first division). */
    public long sampleCell() {
        return scopeOf("bithu");
    }

    /** The organization above the demo secretary's cell (its battalion's committee). */
    public long sampleBattalion() {
        return jdbc.sql("select parent_id from organization where id = :c").param("c", sampleCell()).query(Long.class).single();
    }

    /** The first division, scope of the division officer and inspector. */
    public long division() {
        return scopeOf("canbo.sudoan");
    }

    /** A commune military cell in a province: outside the division. */
    public long cellOutsideDivision() {
        return jdbc.sql("select min(id) from organization where category = 'COMMUNE_MILITARY' and type = 'CELL'")
                .query(Long.class).single();
    }

    /** A non-member person of the cell, other than the demo accounts' people. */
    public long massIn(long cellId) {
        return jdbc.sql("select min(id) from person where organization_id = :c and party_status = 'MASS'")
                .param("c", cellId).query(Long.class).single();
    }

    /** This year's demo 'Đảng viên 5 tốt' pilot around the demo secretary's cell. */
    public long memberProgramme() {
        return jdbc.sql("select p.id from programme p join rulebook r on r.id = p.rulebook_id"
                        + " where r.code = 'DANG_VIEN_5_TOT' and p.programme_year = :y and p.created_by = 'canbo' order by p.id")
                .param("y", today().getYear()).query(Long.class).list().get(0);
    }

    /** A member's own registration for a programme. */
    public long memberRegistration(long programmeId, long personId) {
        return jdbc.sql("select id from registration where programme_id = :p and person_id = :person")
                .param("p", programmeId).param("person", personId).query(Long.class).single();
    }

    public String nameOf(long organizationId) {
        return jdbc.sql("select name from organization where id = :id").param("id", organizationId).query(String.class).single();
    }

    /** The ids a query lists, in its order (the first column, as numbers). */
    public List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    public String pathOf(long organizationId) {
        return jdbc.sql("select path from organization where id = :id").param("id", organizationId).query(String.class).single();
    }

    public long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }
}
