package vn.chibo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class FormatsRecordedTest {

    private final Formats formats = new Formats(new StaticMessageSource());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRecordedDateIsShownDayFirst() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(formats.recorded("2026-12-06")).isEqualTo("06/12/2026");
    }

    @Test
    void textThatOnlyLooksLikeADateIsShownAsTypedNotAFault() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(formats.recorded("2026-02-30")).isEqualTo("2026-02-30");
        assertThat(formats.recorded("2026-13-01T10:00:00")).isEqualTo("2026-13-01T10:00:00");
    }
}
