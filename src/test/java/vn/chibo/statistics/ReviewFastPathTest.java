package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.statistics.internal.ReviewFiguresService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * The fast path (one statement per figure group, by bucket and year at once) gives exactly the reference path's
 * figures (every source per bucket, then once per year, from the raw rows): every key of the total, of every row and
 * of every year, for whole years, a range cutting years, a month and a cell; still after random writes and a move.
 */
@IntegrationTest
@Transactional
class ReviewFastPathTest {

    @Autowired
    ReviewFiguresService reviews;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organizations;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void everyFigureOfTheRegionADivisionAndACellEqualsTheReferenceForWholeYearsARangeAndAMonth() {
        signIn("canbo");
        int year = demo.today().getYear();
        ReviewPeriod threeYears = ReviewPeriod.ofYears(year - 2, year);
        ReviewPeriod cutting = new ReviewPeriod(LocalDate.of(year - 2, 6, 16), LocalDate.of(year, 6, 15));
        ReviewPeriod month = ReviewPeriod.ofMonth(java.time.YearMonth.from(demo.today()).minusMonths(1));
        for (long organization : new long[] {demo.scopeOf("canbo"), demo.division(), demo.sampleCell()}) {
            for (ReviewPeriod period : new ReviewPeriod[] {threeYears, cutting, month}) {
                agrees(organization, period);
            }
        }
    }

    @Test
    void afterRandomWritesAndAMovedSubtreeTheFastPathStillEqualsTheReference() {
        signIn("canbo");
        int year = demo.today().getYear();
        ReviewPeriod period = ReviewPeriod.ofYears(year - 2, year);
        new RandomWrites(jdbc, new Random(7L), period).run(60);
        agrees(demo.scopeOf("canbo"), period);
        long battalion = demo.sampleBattalion();
        long target = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d")
                .param("d", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        organizations.move(battalion, target, demo.today(), demo.version("organization", battalion));
        agrees(demo.scopeOf("canbo"), period);
        agrees(target, new ReviewPeriod(LocalDate.of(year - 1, 3, 1), LocalDate.of(year, 2, 28)));
    }

    void agrees(long organization, ReviewPeriod period) {
        Review fast = reviews.live(organization, period);
        Review reference = reviews.reference(organization, period);
        String what = organization + " " + period.from() + "–" + period.to();
        same(what + " total", fast.figures(), reference.figures());
        assertThat(fast.rows()).hasSameSizeAs(reference.rows());
        for (int i = 0; i < fast.rows().size(); i++) {
            assertThat(fast.rows().get(i).organization()).isEqualTo(reference.rows().get(i).organization());
            same(what + " row " + fast.rows().get(i).organization().name(), fast.rows().get(i).figures(),
                    reference.rows().get(i).figures());
        }
        assertThat(fast.years().keySet()).isEqualTo(reference.years().keySet());
        assertThat(fast.years().keySet()).hasSize(period.years().size() > 1 ? period.years().size() : 0);
        fast.years().forEach((year, figures) -> same(what + " in " + year, figures, reference.years().get(year)));
    }

    static void same(String what, Map<String, Number> fast, Map<String, Number> reference) {
        assertThat(new TreeSet<>(fast.keySet())).as(what + ": keys").isEqualTo(new TreeSet<>(reference.keySet()));
        fast.forEach((key, value) -> assertThat(new BigDecimal(value.toString()))
                .as(what + ": " + key).isEqualByComparingTo(new BigDecimal(reference.get(key).toString())));
    }
}
