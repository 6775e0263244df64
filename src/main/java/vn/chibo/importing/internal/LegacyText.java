package vn.chibo.importing.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text typed with the legacy Vietnamese fonts arrives, read through Excel, as Latin-1/CP1252 letters: TCVN3 (ABC,
 * “.VnTime”) gives one code per letter ('Hå ChÝ Minh'), VNI-Windows (“VNI-Times”) a vowel followed by a mark
 * ('Nguyeãn Vaên'). Where the encoding is sure — every letter belongs to one table and at least one sign is found
 * that Vietnamese written in Unicode never has — the cell is converted (then NFC) and the column gets one warning with
 * the count; where both tables fit or a mark stands alone, the cell is refused with a clear message.
 * <p>
 * TCVN3 has no codes of its own for toned capitals: the capitals font (“.VnTimeH”) shows the lower-case codes as
 * capitals. A converted letter inside a word written in capitals is therefore given in upper case.
 */
final class LegacyText {

    enum Encoding { TCVN3, VNI }

    /** The 12 vowels × 6 tones (none, sắc, huyền, hỏi, ngã, nặng) and đ, in the order of the tables below. */
    static final String UNICODE = "aáàảãạâấầẩẫậăắằẳẵặeéèẻẽẹêếềểễệoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựiíìỉĩịyýỳỷỹỵđ";
    /** TCVN 5712:1993 VN3 (ABC), one code per letter of {@link #UNICODE}. */
    static final String[] TCVN3 = ("a ¸ µ ¶ · ¹ © Ê Ç È É Ë ¨ ¾ » ¼ ½ Æ e Ð Ì Î Ï Ñ ª Õ Ò Ó Ô Ö o ã ß á â ä « è å æ ç é "
            + "¬ í ê ë ì î u ó ï ñ ò ô \u00AD ø õ ö ÷ ù i Ý × Ø Ü Þ y ý ú û ü þ ®").split(" ");
    /** TCVN3's own capitals: Ă Â Ê Ô Ơ Ư Đ. */
    static final Map<Character, Character> TCVN3_CAPITALS = Map.of('¡', 'Ă', '¢', 'Â', '£', 'Ê', '¤', 'Ô', '¥', 'Ơ',
            '¦', 'Ư', '§', 'Đ');
    /** VNI-Windows, lower case, for each letter of {@link #UNICODE}; capitals are the same codes in upper case. */
    static final String[] VNI = ("a aù aø aû aõ aï aâ aá aà aå aã aä aê aé aè aú aü aë e eù eø eû eõ eï eâ eá eà eå eã eä "
            + "o où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï u uù uø uû uõ uï ö öù öø öû öõ öï i í ì æ ó ò "
            + "y yù yø yû yõ î ñ").split(" ");

    /** Latin-1 letters Vietnamese in Unicode uses too: they alone prove nothing. */
    private static final String SHARED = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    /** VNI marks that follow a vowel. */
    private static final String VNI_MARKS = "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË";

    private static final Map<Character, Character> FROM_TCVN3 = new HashMap<>();
    private static final Map<String, Character> FROM_VNI = new HashMap<>();

    static {
        for (int i = 0; i < UNICODE.length(); i++) {
            if (TCVN3[i].charAt(0) >= 0x80) {
                FROM_TCVN3.put(TCVN3[i].charAt(0), UNICODE.charAt(i));
            }
            char lower = UNICODE.charAt(i);
            char upper = Character.toUpperCase(lower);
            String code = VNI[i];
            if (code.length() == 1) {
                if (code.charAt(0) >= 0x80) {
                    FROM_VNI.put(code, lower);
                    FROM_VNI.put(code.toUpperCase(Locale.ROOT), upper);
                }
            } else {
                FROM_VNI.put(code, lower);
                FROM_VNI.put(code.toUpperCase(Locale.ROOT), upper);
            }
        }
        FROM_TCVN3.putAll(TCVN3_CAPITALS);
    }

    private final Issues issues;
    /** Converted cells by column and encoding: the first row and the count, for one warning each. */
    private final Map<String, int[]> converted = new LinkedHashMap<>();

    LegacyText(Issues issues) {
        this.issues = issues;
    }

    /** The cell's text in Unicode (NFC); converted with a warning when legacy for sure, null with an error when unsure. */
    String convert(String text, int rowNumber, Column column) {
        if (text == null) {
            return null;
        }
        Decoded decoded = decode(text);
        if (decoded.ambiguous()) {
            issues.error(rowNumber, column.key(), "import.error.legacyAmbiguous", text);
            return null;
        }
        if (decoded.encoding() != null) {
            int[] tally = converted.computeIfAbsent(column.key() + "\u001F" + decoded.encoding(), k -> new int[] {rowNumber, 0});
            tally[1]++;
        }
        return decoded.text();
    }

    /** One warning per column and encoding converted: where it starts and how many cells. */
    void report() {
        converted.forEach((key, tally) -> {
            String[] parts = key.split("\u001F");
            issues.warning(tally[0], parts[0], "import.warning.legacyConverted", parts[1], tally[1]);
        });
    }

    /** The text as read, converted, or neither (ambiguous). */
    record Decoded(String text, Encoding encoding, boolean ambiguous) {
    }

    /** Text read as VNI; {@code paired} when a vowel-and-mark pair Unicode never writes was found. */
    private record Vni(String text, boolean paired) {
    }

    static Decoded decode(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return new Decoded(text, null, false);
        }
        boolean tcvn3 = fitsTcvn3(text);
        Vni vni = fromVni(text);
        if (tcvn3 && vni != null) {
            // A vowel followed by its VNI mark is VNI's structure; TCVN3 letters in that order spell no Vietnamese.
            return vni.paired() ? new Decoded(Normalizer.normalize(vni.text(), Normalizer.Form.NFC), Encoding.VNI, false)
                    : new Decoded(null, null, true);
        }
        if (tcvn3) {
            return new Decoded(Normalizer.normalize(fromTcvn3(text), Normalizer.Form.NFC), Encoding.TCVN3, false);
        }
        if (vni != null) {
            return new Decoded(Normalizer.normalize(vni.text(), Normalizer.Form.NFC), Encoding.VNI, false);
        }
        if (legacySigns(text)) {
            return new Decoded(null, null, true);
        }
        return new Decoded(text, null, false);
    }

    /** Every non-ASCII letter is a TCVN3 code and one of them is not a Unicode Vietnamese letter. */
    private static boolean fitsTcvn3(String text) {
        boolean sure = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (!FROM_TCVN3.containsKey(c)) {
                    return false;
                }
                sure |= SHARED.indexOf(c) < 0;
            }
        }
        return sure;
    }

    /**
     * The text read as VNI when every non-ASCII letter is part of a VNI code, no mark stands without its vowel, and
     * there is proof: a vowel-and-mark pair or a code Unicode Vietnamese never has. Null otherwise.
     */
    private static Vni fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean sure = false;
        boolean paired = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Character pair = i + 1 < text.length() ? FROM_VNI.get(text.substring(i, i + 2)) : null;
            if (pair != null && VNI_MARKS.indexOf(text.charAt(i + 1)) >= 0) {
                out.append(pair.charValue());
                paired |= !pairSeenInUnicode(text.substring(i, i + 2));
                i += 2;
                continue;
            }
            if (c >= 0x80) {
                Character single = FROM_VNI.get(String.valueOf(c));
                if (single == null || VNI_MARKS.indexOf(c) >= 0) {
                    return null;
                }
                sure |= SHARED.indexOf(c) < 0;
                out.append(single.charValue());
            } else {
                out.append(c);
            }
            i++;
        }
        return sure || paired ? new Vni(out.toString(), paired) : null;
    }

    /** Pairs that Unicode Vietnamese writes too, with the old tone placement: 'hoá', 'hoà', 'hoã'. */
    private static boolean pairSeenInUnicode(String pair) {
        String lower = pair.toLowerCase(Locale.ROOT);
        return lower.equals("oá") || lower.equals("oà") || lower.equals("oã");
    }

    /** Signs of a legacy encoding that neither table explains: refused rather than guessed. */
    private static boolean legacySigns(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF && SHARED.indexOf(c) < 0 && (FROM_TCVN3.containsKey(c) || FROM_VNI.containsKey(String.valueOf(c))
                    || VNI_MARKS.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character letter = c >= 0x80 ? FROM_TCVN3.get(c) : null;
            if (letter == null) {
                out.append(c);
            } else {
                out.append(inCapitalWord(text, i) ? Character.toUpperCase(letter) : letter.charValue());
            }
        }
        return out.toString();
    }

    /** The word around position {@code at} has two capital letters or more and no small ASCII ones (“.VnTimeH”). */
    private static boolean inCapitalWord(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        int capitals = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            capitals += (c >= 'A' && c <= 'Z') || TCVN3_CAPITALS.containsKey(c) ? 1 : 0;
        }
        return capitals >= 2;
    }
}
