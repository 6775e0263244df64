package vn.chibo.shared.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules used everywhere: NFC input, accent-free search keys and
 * Vietnamese collation (people sorted by given name, then middle names, then family name).
 */
public final class VietnameseText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final ThreadLocal<Transliterator> STRIP_MARKS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));
    private static final Collator COLLATOR = newCollator(false);
    private static final Collator NUMERIC_COLLATOR = newCollator(true);

    private VietnameseText() {
    }

    private static Collator newCollator(boolean numeric) {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale("vi"));
        collator.setNumericCollation(numeric);
        return collator.freeze();
    }

    /** NFC-normalizes, drops control characters, trims and collapses inner whitespace; blank becomes {@code null}. */
    public static String clean(String input) {
        if (input == null) {
            return null;
        }
        String normalized = SPACES.matcher(NFC.normalize(ControlCharacters.strip(input))).replaceAll(" ").strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Lower-case, accent-free, single-spaced key: 'Đặng Văn Minh' → 'dang van minh'. */
    public static String searchKey(String input) {
        String cleaned = clean(input);
        if (cleaned == null) {
            return "";
        }
        String stripped = STRIP_MARKS.get().transliterate(cleaned).replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** Comparator for Vietnamese text (vi collation). */
    public static Comparator<String> collator() {
        return COLLATOR::compare;
    }

    /** Comparator for people's names: given name, then middle names, then family name. */
    public static Comparator<String> personNameOrder() {
        return Comparator.comparing(VietnameseText::personSortKey);
    }

    /**
     * A sort key for a person's full name that orders correctly with a plain binary string
     * comparison in any database: hex of the vi collation keys of the given name, the middle
     * names and the family name, in that order.
     */
    public static String personSortKey(String fullName) {
        String cleaned = clean(fullName);
        if (cleaned == null) {
            return "";
        }
        String[] words = cleaned.split(" ");
        String given = words[words.length - 1];
        String family = words.length > 1 ? words[0] : "";
        StringBuilder middle = new StringBuilder();
        for (int i = 1; i < words.length - 1; i++) {
            middle.append(i > 1 ? " " : "").append(words[i]);
        }
        return hexKey(COLLATOR, given) + hexKey(COLLATOR, middle.toString()) + hexKey(COLLATOR, family);
    }

    /** A binary-comparable sort key for names of organizations; numbers compare by value ('Đại đội 2' before 'Đại đội 10'). */
    public static String nameSortKey(String name) {
        String cleaned = clean(name);
        return cleaned == null ? "" : hexKey(NUMERIC_COLLATOR, cleaned);
    }

    private static String hexKey(Collator collator, String text) {
        return HexFormat.of().formatHex(collator.getCollationKey(text).toByteArray());
    }
}
