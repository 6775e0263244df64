package vn.chibo.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.validation.Errors;
import vn.chibo.rules.RulebookDefinition.Text;
import vn.chibo.shared.text.VietnameseText;

/** Numbers and texts of the rulebook editor: shown as the locale writes them, read back with a wrong one rejected on its field. */
final class EditorNumbers {

    private EditorNumbers() {
    }

    /** A number as the locale writes it: a decimal comma in Vietnamese. */
    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    static String percent(BigDecimal fraction, Locale locale) {
        return fraction == null ? null : number(fraction.multiply(BigDecimal.valueOf(100)), locale);
    }

    /** Reads a number typed with a decimal comma or point; a wrong one is rejected on its field. */
    static BigDecimal decimal(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = value.strip().replace(" ", "").replace(',', '.');
        try {
            BigDecimal number = new BigDecimal(normalized);
            if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                    || number.stripTrailingZeros().scale() > 4) {
                errors.rejectValue(field, "rulebook.editor.numberRange", "rulebook.editor.numberRange");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "rulebook.editor.number", "rulebook.editor.number");
            return null;
        }
    }

    /** A percentage typed on the page as the fraction the definition keeps. */
    static BigDecimal fraction(String percentValue, String field, Errors errors) {
        BigDecimal percent = decimal(percentValue, field, errors);
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.rejectValue(field, "rulebook.editor.percent", "rulebook.editor.percent");
            return null;
        }
        return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static Integer integer(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0 || number > 1000) {
                errors.rejectValue(field, "rulebook.editor.numberRange", "rulebook.editor.numberRange");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "rulebook.editor.integer", "rulebook.editor.integer");
            return null;
        }
    }

    static Text text(String vi, String en) {
        return new Text(VietnameseText.clean(vi), VietnameseText.clean(en));
    }

    static String code(String value) {
        String clean = VietnameseText.clean(value);
        return clean == null ? null : clean.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
