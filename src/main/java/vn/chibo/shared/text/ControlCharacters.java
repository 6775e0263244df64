package vn.chibo.shared.text;

import java.util.regex.Pattern;

/**
 * Control characters (NUL and the other C0 codes, DEL) never belong in text a person typed: they break
 * PostgreSQL text columns (NUL), HTML and exports. Tab and line breaks stay allowed for multi-line text.
 */
public final class ControlCharacters {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private ControlCharacters() {
    }

    public static boolean present(String text) {
        return text != null && FORBIDDEN.matcher(text).find();
    }

    public static String strip(String text) {
        return text == null ? null : FORBIDDEN.matcher(text).replaceAll("");
    }
}
