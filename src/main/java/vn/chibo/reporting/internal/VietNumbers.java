package vn.chibo.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Figures written the Vietnamese way, whatever the JVM's locale data: 19.000, 7,5 and 94,2%. Which figures are shares
 * is decided by their key: a key ending in {@code Share} or {@code Rate} is a percentage with one decimal.
 */
public final class VietNumbers {

    private VietNumbers() {
    }

    public static boolean isShare(String key) {
        return key.endsWith("Share") || key.endsWith("Rate");
    }

    /** A figure as the report prints it: a share as '94,2%', a count as '19.000', another decimal as '7,5'. */
    public static String figure(String key, Number value) {
        if (isShare(key)) {
            return share(value);
        }
        return isWhole(value) ? count(value) : decimal(value);
    }

    public static String count(Number value) {
        return format("#,##0", value);
    }

    /** A percentage given as 94.2 (not 0.942): one decimal, no ',0' for whole numbers. */
    public static String share(Number value) {
        BigDecimal rounded = toDecimal(value).setScale(1, RoundingMode.HALF_UP);
        return format(rounded.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.0", rounded) + "%";
    }

    public static String decimal(Number value) {
        return format("#,##0.#", toDecimal(value).setScale(1, RoundingMode.HALF_UP));
    }

    static boolean isWhole(Number value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0;
        }
        return !(value instanceof Double || value instanceof Float) || value.doubleValue() == Math.rint(value.doubleValue());
    }

    public static BigDecimal toDecimal(Number value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static String format(String pattern, Number value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal d ? d : toDecimal(value));
    }
}
