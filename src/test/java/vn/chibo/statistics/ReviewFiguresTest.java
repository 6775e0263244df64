package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Every checked figure of the review equals the test's own raw count ({@link RawFigures}) for the whole, for each
 * sub-organization's row and the own row, and for each year; still after a random sequence of writes and a moved
 * subtree, at once (nothing cached).
 */
@IntegrationTest
@Transactional
class ReviewFiguresTest {

    static final List<String> CHECKED = List.of("people.members", "people.official", "people.admitted", "people.struckOff",
            "mentoring.mentors", "mentoring.mentees", "mentoring.assignments", "mentoring.groups", "mentoring.sessions", "mentoring.menteesAdmitted", "mentoring.mentorsAwarded",
            "development.admitted", "awards.collective", "awards.individual", "awards.decisions", "awards.form.CERTIFICATE_OF_MERIT",
            "awards.form.COMMENDATION", "discipline.total", "discipline.form.REPRIMAND", "discipline.form.WARNING", "meetings.held",
            "meetings.regular", "meetings.heldOnTime", "meetings.thematic", "meetings.scored", "meetings.grade.GOOD",
            "meetings.grade.FAIR", "meetings.flat", "meetings.invited", "meetings.present", "meetings.contributions",
            "inspection.findings.VIOLATION", "inspection.findings.SHORTCOMING", "classification.cells.decided",
            "classification.cells.goodOrBetter", "classification.committees.decided", "classification.committees.goodOrBetter",
            "classification.members.decided", "classification.members.goodOrBetter", "units.assessed", "units.exemplary");
    static final List<String> MODELS = List.of("CHI_BO_4_TOT", "CHI_BO_5_TOT", "DANG_VIEN_5_TOT", "DANG_BO_CO_SO_4_TOT",
            "DON_VI_VMTD_MAU_MUC");

    @Autowired
    ReviewFigures reviews;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organizations;

    /**
     * The mentoring presence counts kept up to next year, as the application keeps them once started (V60): whole years
     * then read the kept ranges, which the raw counts check.
     */
    @org.junit.jupiter.api.BeforeEach
    void keepThePresenceRanges() {
        assertThat(jdbc.sql("select mentoring_presence_raise(:year)").param("year", demo.today().getYear() + 1)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(demo.today().getYear() + 1);
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static List<String> checked() {
        List<String> keys = new ArrayList<>(CHECKED);
        for (String model : MODELS) {
            keys.add("emulation." + model + ".registered");
            keys.add("emulation." + model + ".recognised");
            keys.add("emulation." + model + ".recognisedSubjects");
        }
        return keys;
    }

    @Test
    void theRegionsThreeYearFiguresEqualTheRawCountsInTotalByUnitAndByYear() {
        signIn("canbo");
        ReviewPeriod period = ReviewPeriod.ofYears(demo.today().getYear() - 2, demo.today().getYear());
        Review review = agrees(demo.scopeOf("canbo"), period);
        assertThat(review.figures().get("people.members").longValue()).isPositive();
        assertThat(review.figures().get("mentoring.mentors").longValue()).isPositive();
        assertThat(review.figures().get("awards.individual").longValue()).isPositive();
        assertThat(review.figures().get("meetings.held").longValue()).isPositive();
        assertThat(review.years()).containsOnlyKeys(period.years());
    }

    @Test
    void aDivisionsMonthAndACellsYearEqualTheRawCounts() {
        signIn("canbo.sudoan");
        LocalDate today = demo.today();
        agrees(demo.division(), ReviewPeriod.ofMonth(java.time.YearMonth.from(today).minusMonths(1)));
        Review cell = agrees(demo.sampleCell(), ReviewPeriod.ofYear(today.getYear()));
        assertThat(cell.years()).isEmpty();
        assertThat(cell.rows()).last().satisfies(row -> assertThat(row.own()).isTrue());
    }

    /** A battalion's sub-organizations are cells: their own meetings are read from the meeting rows, by their paths. */
    @Test
    void aBattalionsYearsWhoseUnitsAreCellsEqualTheRawCounts() {
        signIn("canbo.sudoan");
        int year = demo.today().getYear();
        Review battalion = agrees(demo.sampleBattalion(), ReviewPeriod.ofYears(year - 2, year));
        assertThat(battalion.figures().get("meetings.held").longValue()).as("its cells' meetings").isPositive();
    }

    @Test
    void sharesArePercentagesWithOneDecimalOfTheirPublishedNumeratorAndDenominator() {
        signIn("canbo");
        Review review = reviews.review(demo.scopeOf("canbo"), ReviewPeriod.ofYears(demo.today().getYear() - 2,
                demo.today().getYear()));
        for (String kind : List.of("cells", "committees", "members")) {
            Map<String, Number> f = review.figures();
            long decided = f.get("classification." + kind + ".decided").longValue();
            BigDecimal share = (BigDecimal) f.get("classification." + kind + ".goodOrBetterShare");
            if (decided > 0) {
                assertThat(share.scale()).isEqualTo(1);
                assertThat(share).isEqualByComparingTo(RawFigures.share(
                        f.get("classification." + kind + ".goodOrBetter").longValue(), decided));
            } else {
                assertThat(share).isNull();
            }
        }
        Map<String, Number> f = review.figures();
        if (f.get("units.assessed").longValue() > 0) {
            assertThat((BigDecimal) f.get("units.exemplaryShare")).isEqualByComparingTo(
                    RawFigures.share(f.get("units.exemplary").longValue(), f.get("units.assessed").longValue()));
        }
    }

    @Test
    void afterARandomSequenceOfWritesAndAMovedSubtreeTheFiguresStillAgreeAtOnce() {
        signIn("canbo");
        ReviewPeriod period = ReviewPeriod.ofYears(demo.today().getYear() - 2, demo.today().getYear());
        long region = demo.scopeOf("canbo");
        long before = reviews.review(region, period).figures().get("awards.individual").longValue();
        new RandomWrites(jdbc, new Random(20261206L), period).run(40);
        Review after = agrees(region, period);
        assertThat(after.figures().get("awards.individual").longValue()).isGreaterThan(before);
        long battalion = demo.sampleBattalion();
        long target = jdbc.sql("select min(id) from organization where type = 'GRASSROOTS_COMMITTEE' and path not like :d")
                .param("d", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        organizations.move(battalion, target, demo.today(), demo.version("organization", battalion));
        agrees(region, period);
        agrees(demo.division(), period);
    }

    /** The review of an organization agrees with the raw counts for every checked key, row and year. */
    Review agrees(long organizationId, ReviewPeriod period) {
        Review review = reviews.review(organizationId, period);
        String root = demo.pathOf(organizationId);
        RawFigures raw = RawFigures.count(jdbc, period.from(), period.to());
        List<String> children = new ArrayList<>();
        for (Review.Row row : review.rows()) {
            if (!row.own()) {
                children.add(demo.pathOf(row.organization().id()));
            }
        }
        for (String key : checked()) {
            assertThat(review.figures().get(key)).as("total of " + key).isNotNull();
            assertThat(review.figures().get(key).longValue()).as("total of " + key).isEqualTo(raw.count(key, root, List.of()));
            for (Review.Row row : review.rows()) {
                long expected = row.own() ? raw.count(key, root, children)
                        : raw.count(key, demo.pathOf(row.organization().id()), List.of());
                assertThat(row.figures().get(key).longValue()).as(key + " of " + row.organization().name()).isEqualTo(expected);
            }
        }
        for (var year : review.years().entrySet()) {
            ReviewPeriod part = period.within(year.getKey());
            RawFigures rawYear = RawFigures.count(jdbc, part.from(), part.to());
            for (String key : checked()) {
                assertThat(year.getValue().get(key).longValue()).as(key + " in " + year.getKey())
                        .isEqualTo(rawYear.count(key, root, List.of()));
            }
        }
        return review;
    }
}
