package vn.chibo.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sparklines' coordinates are written as String.format wrote them, without a Formatter per number. */
class MeetingChartsTest {

    @Test
    void oneDecimalIsWhatFormatWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000_000; i++) {
            double value = random.nextDouble() * 200;
            assertThat(MeetingCharts.oneDecimal(value)).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
        }
        // the sparkline's own coordinates: 12 to 36 months over 116 pixels, percentages with one decimal over 24 pixels
        for (int n = 2; n <= 36; n++) {
            for (int i = 0; i < n; i++) {
                double x = 2 + i * 116 / (double) (n - 1);
                assertThat(MeetingCharts.oneDecimal(x)).isEqualTo(String.format(Locale.ROOT, "%.1f", x));
            }
        }
        for (int tenths = 0; tenths <= 1000; tenths++) {
            double y = 2 + 24 * (1 - tenths / 10.0 / 100.0);
            assertThat(MeetingCharts.oneDecimal(y)).isEqualTo(String.format(Locale.ROOT, "%.1f", y));
            double half = tenths / 20.0;
            assertThat(MeetingCharts.oneDecimal(half)).isEqualTo(String.format(Locale.ROOT, "%.1f", half));
        }
    }
}
