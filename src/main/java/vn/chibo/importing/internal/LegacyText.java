package vn.chibo.importing.internal;

/**
 * Text typed with the legacy Vietnamese fonts (TCVN3/ABC “.VnTime”, VNI-Times) arrives as Latin-1 letters that
 * Vietnamese in Unicode never uses ('Ng÷êi' for 'Người', 'Nguyeãn' for 'Nguyễn'). Such a cell is refused with
 * a message saying how to convert the file (Unikey's converter) rather than guessed at.
 */
final class LegacyText {

    /** Letters of TCVN3 and VNI that never occur in Vietnamese written in Unicode (NFC). */
    private static final String LEGACY_ONLY = "\u00AD¨©ª«¬®§µ¶·¸¹»¼½¾ÆÇËÎÏÑÖ×ØÛÜÞßåæçëîïñö÷øûüþÿ";
    /** VNI writes a vowel then its marks as a second letter ('Vaên', 'Nguyeãn'): pairs Vietnamese never has. */
    private static final java.util.regex.Pattern VNI_PAIRS = java.util.regex.Pattern.compile("[aAeEoO][âÂêÊ]|[eE][áàãäÁÀÃÄ]");

    private LegacyText() {
    }

    static String convert(String text, int rowNumber, Column column, Issues issues) {
        if (text == null) {
            return null;
        }
        boolean legacy = VNI_PAIRS.matcher(text).find();
        for (int i = 0; i < text.length() && !legacy; i++) {
            legacy = LEGACY_ONLY.indexOf(text.charAt(i)) >= 0;
        }
        if (legacy) {
            issues.error(rowNumber, column.key(), "import.error.legacyEncoding", text);
            return null;
        }
        return text;
    }
}
