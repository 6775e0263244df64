package vn.chibo.people;

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
 * The per-organization people counts ({@code person_status_count}) are kept by row triggers on {@code person}, so
 * every write path keeps them (forms, API, imports by COPY, bulk entries, demo loader, plain SQL) except the few
 * statements that skip row triggers. The application's code and migrations use none of them; a bulk loader that needs
 * one must rebuild the counts in the same transaction (as the national benchmark's dataset does) and be listed here.
 */
class PeopleCountBypassTest {

    /** Statements that change person rows without firing their row triggers. */
    private static final Pattern BYPASS = Pattern.compile(
            "session_replication_role|disable\\s+trigger|truncate\\s+(table\\s+)?(\\w+\\s*,\\s*)*person\\b",
            Pattern.CASE_INSENSITIVE);

    /** Files allowed to name a bypass, with the reason (paths relative to the project). */
    private static final List<String> ALLOWED = List.of();

    @Test
    void noApplicationCodeOrMigrationWritesPeopleAroundTheCountTriggers() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> !ALLOWED.contains(f.toString().replace('\\', '/')))
                    .filter(f -> BYPASS.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("code that changes person rows without their row triggers").isEmpty();
    }

    @Test
    void thePatternFindsTheBypasses() {
        for (String statement : List.of("set session_replication_role = replica", "ALTER TABLE person DISABLE TRIGGER ALL",
                "truncate table person", "TRUNCATE membership, person CASCADE")) {
            assertThat(BYPASS.matcher(statement).find()).as(statement).isTrue();
        }
        assertThat(BYPASS.matcher("update person set party_status = 'MASS'".toLowerCase(Locale.ROOT)).find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
