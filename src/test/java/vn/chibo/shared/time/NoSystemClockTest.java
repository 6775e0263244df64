package vn.chibo.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing in the application reads the system clock but {@link ClockConfiguration}: code asks the injected
 * {@link java.time.Clock}, templates use the {@code today} the controllers put in the model. Otherwise tests cannot fix the
 * date and the demo cannot be shown as of another day.
 */
class NoSystemClockTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final String CLOCK_CONFIGURATION = "vn/chibo/shared/time/ClockConfiguration.java";

    /** {@code X.now()} or {@code X.now(zone)}: any {@code now} not given the clock; the old date classes; SQL's own clock. */
    private static final Pattern JAVA_READS = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|YearMonth|Year|MonthDay|OffsetDateTime|OffsetTime|ZonedDateTime)"
                    + "\\s*\\.\\s*now\\s*\\((?!\\s*clock\\s*\\))"
                    + "|\\bClock\\s*\\.\\s*(?:system|systemUTC|systemDefaultZone)\\s*\\("
                    + "|\\bnew\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)|\\bCalendar\\s*\\.\\s*getInstance\\s*\\("
                    + "|(?i:\\bcurrent_date\\b|\\bcurrent_timestamp\\b|\\blocaltimestamp\\b)");

    /** Thymeleaf's own today and now, and {@code T(java.time.LocalDate).now()}. */
    private static final Pattern TEMPLATE_READS = Pattern.compile(
            "#(?:temporals|dates|calendars)\\.create(?:Now|Today)|T\\(\\s*java\\.time\\.\\w+\\s*\\)\\s*\\.\\s*now\\s*\\(");

    @Test
    void noApplicationClassReadsTheSystemClock() throws IOException {
        assertThat(JAVA).isDirectory();
        List<String> reads = scan(JAVA, ".java", JAVA_READS).stream()
                .filter(read -> !read.startsWith(CLOCK_CONFIGURATION + ":")).toList();
        assertThat(reads).as("ask the injected Clock instead (LocalDate.now(clock), clock.instant())").isEmpty();
    }

    /** Tests take today from the injected clock too (the test profile fixes it), or they would pass on some days only. */
    @Test
    void noTestReadsTheSystemClock() throws IOException {
        List<String> reads = scan(Path.of("src/test/java"), ".java", JAVA_READS).stream()
                .filter(read -> !read.startsWith("vn/chibo/shared/time/NoSystemClockTest.java:"))
                .filter(read -> !read.startsWith("vn/chibo/demo/DemoOnAnyDayTest.java:")) // asks each started application's clock
                .toList();
        assertThat(reads).as("use DemoFixture.today() or the injected Clock").isEmpty();
    }

    @Test
    void noTemplateReadsTheSystemClock() throws IOException {
        assertThat(TEMPLATES).isDirectory();
        assertThat(scan(TEMPLATES, ".html", TEMPLATE_READS)).as("use the model's 'today' (TodayAdvice) instead").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LocalDate.now()", "java.time.LocalDate.now()", "LocalDate.now(ZONE)", "Instant.now()",
            "YearMonth.now()", "Year.now()", "LocalTime.now(Meeting.ZONE)", "LocalDateTime.now()", "ZonedDateTime.now()",
            "OffsetDateTime.now(ZoneOffset.UTC)", "Clock.systemDefaultZone()", "new Date()", "Calendar.getInstance()",
            "\"where due_on < current_date\""})
    void theScanFindsEveryWayOfReadingTheSystemClock(String read) {
        assertThat(JAVA_READS.matcher("        if (x.isAfter(" + read + ")) {").find()).as(read).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LocalDate.now(clock)", "clock.instant()", "YearMonth.now( clock )", "System.currentTimeMillis()",
            "nowOrNever()", "Instant.ofEpochMilli(0)"})
    void theScanLetsTheInjectedClockAndDurationsPass(String use) {
        assertThat(JAVA_READS.matcher("        var x = " + use + ";").find()).as(use).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${#temporals.createToday()}", "${#temporals.createNow()}", "${#dates.createNow()}",
            "${T(java.time.LocalDate).now()}"})
    void theScanFindsTheTemplatesWaysOfReadingTheSystemClock(String read) {
        assertThat(TEMPLATE_READS.matcher("<input th:value=\"" + read + "\">").find()).as(read).isTrue();
        assertThat(TEMPLATE_READS.matcher("<input th:value=\"${@fmt.iso(today)}\">").find()).isFalse();
    }

    private static List<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
