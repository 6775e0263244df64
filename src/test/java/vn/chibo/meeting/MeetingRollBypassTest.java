package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meetings' monthly rollup ({@code meeting_month_roll}, V47) is kept by triggers on {@code meeting}, so every write
 * path keeps it (forms, live recording, rescoring, imports, demo loader, moves of a subtree, plain SQL) except the few
 * statements that skip triggers. The application's code and migrations use none of them; a bulk loader that needs one
 * must rebuild the rollup in the same transaction (as the national benchmark's dataset does) and be listed here.
 */
class MeetingRollBypassTest {

    /** Statements that change meeting rows without firing their triggers. */
    private static final Pattern BYPASS = Pattern.compile(
            "session_replication_role|disable\\s+trigger|truncate\\s+(table\\s+)?(\\w+\\s*,\\s*)*meeting\\b",
            Pattern.CASE_INSENSITIVE);

    /** Files allowed to name a bypass, with the reason (paths relative to the project). */
    private static final List<String> ALLOWED = List.of();

    @Test
    void noApplicationCodeOrMigrationWritesMeetingsAroundTheRollupTriggers() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> !ALLOWED.contains(f.toString().replace('\\', '/')))
                    .filter(f -> BYPASS.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("code that changes meeting rows without their triggers").isEmpty();
    }

    @Test
    void thePatternFindsTheBypasses() {
        for (String statement : List.of("set session_replication_role = replica", "ALTER TABLE meeting DISABLE TRIGGER ALL",
                "truncate table meeting", "TRUNCATE meeting_attendee, meeting CASCADE")) {
            assertThat(BYPASS.matcher(statement).find()).as(statement).isTrue();
        }
        assertThat(BYPASS.matcher("update meeting set score = null".toLowerCase(Locale.ROOT)).find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
