package vn.chibo.reporting.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words of the report and the workbook, always Vietnamese (party documents are, whatever the reader's language): the
 * label of a figure ({@code figure.<key>}, else the key itself), of a section, and the report's own sentences.
 */
@Component
public class FigureText {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] DENOMINATORS = {"decided", "assessed", "rated", "total"};

    private final MessageSource messages;

    FigureText(MessageSource messages) {
        this.messages = messages;
    }

    public String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    /** The message, or empty when there is none (for optional wording such as a model's own sentence). */
    Optional<String> optional(String key, Object... args) {
        String text = messages.getMessage(key, args, null, VI);
        return Optional.ofNullable(text);
    }

    public String label(String figureKey) {
        return messages.getMessage("figure." + figureKey, null, figureKey, VI);
    }

    /** The section a figure belongs to: the first part of its key ({@code people}, {@code mentoring}...). */
    public static String section(String figureKey) {
        int dot = figureKey.indexOf('.');
        return dot < 0 ? figureKey : figureKey.substring(0, dot);
    }

    public String sectionTitle(String section) {
        return messages.getMessage("reporting.section." + section, null, section, VI);
    }

    /**
     * A figure as written in the report; a share with its numerator and denominator when the review has them beside it
     * ('94,2% (2.416/2.565)': {@code x.goodOrBetterShare} beside {@code x.goodOrBetter} and {@code x.decided}).
     */
    public static String value(String key, Map<String, Number> figures) {
        Number value = figures.get(key);
        if (value == null) {
            return "";
        }
        String text = VietNumbers.figure(key, value);
        if (!key.endsWith("Share")) {
            return text;
        }
        Number numerator = figures.get(key.substring(0, key.length() - "Share".length()));
        Number denominator = denominator(key, figures);
        return numerator == null || denominator == null ? text
                : text + " (" + VietNumbers.count(numerator) + "/" + VietNumbers.count(denominator) + ")";
    }

    static Number denominator(String shareKey, Map<String, Number> figures) {
        String key = denominatorKey(shareKey, figures);
        return key == null ? null : figures.get(key);
    }

    /** The key of a share's denominator the figures have ({@code x.decided}, {@code x.assessed}...), or null. */
    static String denominatorKey(String shareKey, Map<String, Number> figures) {
        int dot = shareKey.lastIndexOf('.');
        String parent = dot < 0 ? "" : shareKey.substring(0, dot + 1);
        for (String name : DENOMINATORS) {
            if (figures.get(parent + name) != null) {
                return parent + name;
            }
        }
        return null;
    }
}
