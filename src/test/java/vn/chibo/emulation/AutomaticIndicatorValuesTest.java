package vn.chibo.emulation;

import vn.chibo.rules.IndicatorSource;
import vn.chibo.rules.SubjectKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.emulation.internal.Registration;
import vn.chibo.rules.RulebookService;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Issue 12 §1: a self-review shows the automatic values (meetings, discipline, mentoring...) of its own period, the
 * calculator uses them, and a value that differs is an override that needs a note.
 */
@IntegrationTest
@Transactional
class AutomaticIndicatorValuesTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RulebookService rulebooks;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    DemoFixture demo;

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    Registration registrationOfTheSampleCell() {
        signIn("canbo.sudoan");
        long rulebook = rulebooks.visible().stream().filter(r -> r.getCode().equals("CHI_BO_4_TOT")).findFirst().orElseThrow().getId();
        Programme programme = programmes.create(rulebook, demo.today().getYear(), "Chi bộ 4 tốt — thử số liệu tự động",
                demo.division(), List.of(demo.sampleCell()), new BigDecimal("50"));
        signIn("bithu");
        return programmes.register(programme.getId(), demo.sampleCell(), demo.today().withDayOfYear(2), "NQ tháng 1");
    }

    /** A past month of this year's programme with the meeting attendance rate known for the sample cell. */
    String monthWithAttendance(Registration registration) {
        Programme programme = programmes.programmeOf(registration);
        return programmes.periods(programme).stream().filter(p -> p.length() == 7)
                .filter(p -> line(programmes.sheet(registration.getId(), p), "C2.1").automatic().isPresent())
                .findFirst().orElseThrow();
    }

    static ProgrammeService.ReviewLine line(ProgrammeService.Sheet sheet, String code) {
        return sheet.lines().stream().filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aMonthlyReviewShowsTheAutomaticValuesOfItsOwnMonth() {
        Registration registration = registrationOfTheSampleCell();
        String period = monthWithAttendance(registration);
        YearMonth month = YearMonth.parse(period);
        IndicatorSource attendance = sources.stream().filter(s -> s.key().equals("meeting.attendanceRate")).findFirst().orElseThrow();
        assertThat(line(programmes.sheet(registration.getId(), period), "C2.1").automatic())
                .isEqualTo(attendance.value(SubjectKind.CELL, demo.sampleCell(), month, month));
        IndicatorSource noDiscipline = sources.stream().filter(s -> s.key().equals("recognition.noDisciplineInYear"))
                .findFirst().orElseThrow();
        assertThat(line(programmes.sheet(registration.getId(), period), "C3.2").automatic())
                .isEqualTo(noDiscipline.value(SubjectKind.CELL, demo.sampleCell(), month, month)).isPresent();
    }

    @Test
    void theCalculatorUsesTheAutomaticValueUnlessTheSecretaryOverridesItWithANote() {
        Registration registration = registrationOfTheSampleCell();
        String period = monthWithAttendance(registration);
        BigDecimal automatic = line(programmes.sheet(registration.getId(), period), "C2.1").automatic().orElseThrow();
        boolean automaticPasses = automatic.compareTo(BigDecimal.valueOf(85)) > 0;
        BigDecimal other = automaticPasses ? BigDecimal.valueOf(10) : BigDecimal.valueOf(99);
        Map<String, String> values = new HashMap<>();
        values.put("C2.1", other.toPlainString());

        var withoutNote = programmes.saveReview(registration.getId(), period, values, Map.of());
        assertThat(line(withoutNote, "C2.1").saved().getValue()).isEqualByComparingTo(other);
        assertThat(unmet(withoutNote, "C2.1")).as("judged by the automatic %s", automatic).isEqualTo(!automaticPasses);

        var overridden = programmes.saveReview(registration.getId(), period, values, Map.of("C2.1", "Biên bản ghi thiếu người dự"));
        assertThat(unmet(overridden, "C2.1")).as("judged by the noted %s", other).isEqualTo(automaticPasses);
    }

    static boolean unmet(ProgrammeService.Sheet sheet, String code) {
        return sheet.outcome().criteria().stream().filter(c -> code.startsWith(c.code() + "."))
                .anyMatch(c -> c.unmetIndicators().contains(code));
    }
}
