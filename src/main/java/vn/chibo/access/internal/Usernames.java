package vn.chibo.access.internal;

import java.text.Normalizer;

/**
 * The one form of a typed username used for lookup, failure counting and audit: NFC, without any Unicode
 * blank at either end (spaces, U+00A0, U+3000, zero-width spaces...). Lookup ignores case, as account names always have.
 */
final class Usernames {

    /** Longer names cannot exist (the column holds 100 characters); they are treated as unknown. */
    static final int MAX_LENGTH = 100;

    private Usernames() {
    }

    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A shortened form for the audit trail, whose actor column holds 100 characters. */
    static String forAudit(String normalized) {
        String name = normalized == null || normalized.isEmpty() ? "?" : normalized;
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
