package vn.chibo.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of each figure key ({@code figure.<key>} in the messages). A model whose code has no message of
 * its own (a rulebook added by a unit) is named by the generic {@code figure.emulation.model.<figure>} label.
 */
@Component
class FigureLabels {

    private final MessageSource messages;
    private final vn.chibo.shared.web.Formats formats;

    FigureLabels(MessageSource messages, vn.chibo.shared.web.Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    Map<String, String> of(Collection<String> keys) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new TreeMap<>();
        for (String key : keys) {
            labels.put(key, label(key, locale));
        }
        for (String key : keys) {
            String[] parts = key.split("\\.");
            if (parts.length > 2) {
                String section = parts[0] + "." + parts[1];
                labels.putIfAbsent(section, messages.getMessage("figure.section." + section, null,
                        "emulation".equals(parts[0]) ? messages.getMessage("figure.section.emulation.model",
                                new Object[] {parts[1]}, locale) : section, locale));
            }
            labels.putIfAbsent(parts[0], messages.getMessage("figure.section." + parts[0], null, parts[0], locale));
        }
        return labels;
    }

    private String label(String key, Locale locale) {
        String own = messages.getMessage("figure." + key, null, null, locale);
        if (own != null) {
            return own;
        }
        String[] parts = key.split("\\.");
        if (parts.length == 3 && "emulation".equals(parts[0])) {
            return messages.getMessage("figure.emulation.model." + parts[2], new Object[] {parts[1]}, key, locale);
        }
        return key;
    }

    /** A figure as people write it: 1.234 for counts, 94,2 for shares and averages; empty when unknown. */
    public String value(Number value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof java.math.BigDecimal d) {
            return formats.oneDecimal(d);
        }
        return formats.number(value);
    }

    /** A message of the page in the request's language. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    static String display(LocalDate day) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
    }
}
