package vn.chibo;

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
 * The counts kept by triggers in the writer's transaction (people per organization V42, classification groups V43,
 * review marks V45, mentoring counts V46, the meetings' monthly rollup V47 and its counts per child of every ancestor
 * V59, development reach V48, registration and review counts V49, mentoring presence per range of years V60) and the figure change journal (V35) hold only while
 * every write fires the triggers: forms, API,
 * imports by COPY, bulk entries, demo loader, moves of a subtree, plain SQL. A few statements skip them. The
 * application's code and migrations use none; a bulk loader that needs one must rebuild the counts in the same
 * transaction (as the national benchmark's dataset does) and be listed here.
 */
class KeptCountsBypassTest {

    /**
     * The tables whose writes keep counts; truncating any of them would leave its counts behind. Then the meetings' kept
     * tables themselves (V47, V59) and the mentoring presence counts (V60): truncating one would empty the counts while
     * the rows they count stay.
     */
    private static final String COUNTED = "person|meeting|classification_entry|registration|assessment|self_review"
            + "|mentoring_assignment|mentoring_group|mentoring_session|mentoring_review|award_record|development_event"
            + "|development_candidate|meeting_month_roll|meeting_child_month|meeting_thematic_month|meeting_child_quarter"
            + "|mentoring_presence|mentoring_presence_person|mentoring_presence_horizon";

    /** Statements that change rows without firing their triggers. */
    private static final Pattern BYPASS = Pattern.compile("session_replication_role|disable\\s+trigger"
            + "|truncate\\s+(table\\s+)?(\\w+\\s*,\\s*)*(" + COUNTED + ")\\b", Pattern.CASE_INSENSITIVE);

    /** Files allowed to name a bypass, with the reason (paths relative to the project). */
    private static final List<String> ALLOWED = List.of();

    @Test
    void noApplicationCodeOrMigrationWritesAroundTheCountTriggers() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> !ALLOWED.contains(f.toString().replace('\\', '/')))
                    .filter(f -> BYPASS.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("code that changes counted rows without their triggers").isEmpty();
    }

    @Test
    void thePatternFindsTheBypasses() {
        for (String statement : List.of("set session_replication_role = replica", "ALTER TABLE person DISABLE TRIGGER ALL",
                "truncate table person", "TRUNCATE membership, person CASCADE", "truncate meeting_attendee, meeting",
                "truncate self_review", "TRUNCATE TABLE development_event", "truncate meeting_child_month")) {
            assertThat(BYPASS.matcher(statement).find()).as(statement).isTrue();
        }
        for (String statement : List.of("update person set party_status = 'MASS'", "update meeting set score = null",
                "truncate table import_issue")) {
            assertThat(BYPASS.matcher(statement.toLowerCase(Locale.ROOT)).find()).as(statement).isFalse();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
