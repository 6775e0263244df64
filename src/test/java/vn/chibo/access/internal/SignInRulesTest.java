package vn.chibo.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.security.Role;

/** The rule data behind sign-in: one form of a typed username, growing waits, minimum lengths by role. */
class SignInRulesTest {

    @Test
    void aUsernameLosesEveryUnicodeBlankAtBothEndsAndIsNfc() {
        String decomposed = "ke\u0301toa\u0301n";
        assertThat(Usernames.normalize("\u3000\u00A0 \u200B\t" + decomposed + "\u202F\u2007\uFEFF\u3000"))
                .isEqualTo("kétoán");
        assertThat(Usernames.normalize("  nguyen van\u3000a  ")).isEqualTo("nguyen van\u3000a");
        assertThat(Usernames.normalize(null)).isEmpty();
    }

    @Test
    void anAuditedNameFitsItsColumn() {
        assertThat(Usernames.forAudit("x".repeat(500))).hasSize(100);
        assertThat(Usernames.forAudit("")).isEqualTo("?");
        assertThat(Usernames.forAudit("bithu")).isEqualTo("bithu");
    }

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
        var step = new SecurityProperties.Step(5, Duration.ofSeconds(1), Duration.ofMinutes(15));
        assertThat(step.delayAfter(4)).isZero();
        assertThat(step.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(step.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(step.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
        assertThat(step.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(step.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void administratorsAndOfficersNeedTwelveCharactersByDefault() {
        var rules = new SecurityProperties(null, null, null, null);
        assertThat(rules.password().minLengthFor(Role.ADMIN)).isEqualTo(12);
        assertThat(rules.password().minLengthFor(Role.OFFICER)).isEqualTo(12);
        assertThat(rules.password().minLengthFor(Role.SECRETARY)).isEqualTo(8);
        assertThat(rules.password().history()).isEqualTo(5);
        assertThat(rules.throttle().account().freeFailures()).isEqualTo(5);
        assertThat(rules.throttle().address().freeFailures()).isEqualTo(20);
    }
}
