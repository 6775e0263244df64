package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"19/05/2026", "19/5/2026", "19-05-2026", "19.05.2026", " 19/05/2026 ", "2026-05-19"})
    void aDayIsReadDayFirstOrAsIso(String typed) {
        assertThat(DateInput.parseDate(typed)).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "05/19/2026", "19/05/26", "hôm qua", "", "2026/05/19"})
    void anImpossibleOrAmbiguousDayIsRefused(String typed) {
        assertThatThrownBy(() -> DateInput.parseDate(typed)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07:30", "7:30", "7h30", "07h30", "07:30:00"})
    void aTimeIsReadOnThe24HourClock(String typed) {
        assertThat(DateInput.parseTime(typed)).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void aTimeOfTheAfternoonAndAWholeHour() {
        assertThat(DateInput.parseTime("14h")).isEqualTo(LocalTime.of(14, 0));
        assertThatThrownBy(() -> DateInput.parseTime("7:30 PM")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateInput.parseTime("25:00")).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/2026", "Tháng 12/2026", "tháng 12/2026", "2026-12"})
    void aMonthIsReadMonthFirstOrAsIso(String typed) {
        assertThat(DateInput.parseMonth(typed)).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void everythingPrintsTheVietnameseWay() {
        assertThat(DateInput.print(LocalDate.of(2026, 5, 9))).isEqualTo("09/05/2026");
        assertThat(DateInput.print(LocalTime.of(14, 5))).isEqualTo("14:05");
        assertThat(DateInput.print(YearMonth.of(2026, 3))).isEqualTo("03/2026");
        assertThat(DateInput.print((LocalDate) null)).isEmpty();
    }

    @Test
    void noPageUsesTheBrowsersOwnDateTimeOrMonthField() throws IOException {
        Pattern nativeField = Pattern.compile("type=\"(date|time|month|datetime-local|week)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return nativeField.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(offenders).as("native date fields show the browser's locale format, not dd/MM/yyyy").isEmpty();
        }
    }
}
