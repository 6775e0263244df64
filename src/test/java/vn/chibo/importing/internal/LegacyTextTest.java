package vn.chibo.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** TCVN3 and VNI text converted to Unicode where the encoding is sure, refused where it is not. */
class LegacyTextTest {

    static final String LOWER = LegacyText.UNICODE;
    static final String UPPER = LOWER.toUpperCase(Locale.ROOT);

    /** TCVN3 as .VnTime writes it: toned capitals use the small letters' codes (the capitals font shows them big). */
    static String tcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int small = LOWER.indexOf(Character.toLowerCase(c));
            if (small < 0) {
                out.append(c);
                continue;
            }
            Character capital = LegacyText.TCVN3_CAPITALS.entrySet().stream().filter(e -> e.getValue() == c)
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            if (capital != null) {
                out.append(capital.charValue());
            } else {
                String code = LegacyText.TCVN3[small];
                out.append(Character.isUpperCase(c) && code.charAt(0) < 0x80 ? code.toUpperCase(Locale.ROOT) : code);
            }
        }
        return out.toString();
    }

    /** VNI-Windows: a vowel and its mark, capitals in capital codes. */
    static String vni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int small = LOWER.indexOf(Character.toLowerCase(c));
            if (small < 0) {
                out.append(c);
            } else {
                String code = LegacyText.VNI[small];
                out.append(Character.isUpperCase(c) ? code.toUpperCase(Locale.ROOT) : code);
            }
        }
        return out.toString();
    }

    static LegacyText.Decoded decode(String text) {
        return LegacyText.decode(text);
    }

    @Test
    void realNamesInTcvn3AreConvertedToUnicode() {
        assertThat(tcvn3("Nguyễn Văn Minh")).isEqualTo("NguyÔn V¨n Minh");
        for (String name : List.of("Nguyễn Văn Minh", "Trường Sơn", "Đảng viên chính thức", "Người", "Hồ Chí Minh")) {
            LegacyText.Decoded decoded = decode(tcvn3(name));
            assertThat(decoded.encoding()).as(name).isEqualTo(LegacyText.Encoding.TCVN3);
            assertThat(decoded.text()).isEqualTo(name);
        }
    }

    @Test
    void realNamesInVniAreConvertedToUnicode() {
        assertThat(vni("Nguyễn Văn Minh")).isEqualTo("Nguyeãn Vaên Minh");
        for (String name : List.of("Nguyễn Văn Minh", "Trường Sơn", "Đảng viên chính thức", "NGUYỄN THỊ HƯƠNG", "Hồ Chí Minh Đội")) {
            LegacyText.Decoded decoded = decode(vni(name));
            assertThat(decoded.encoding()).as(name).isEqualTo(LegacyText.Encoding.VNI);
            assertThat(decoded.text()).isEqualTo(name);
        }
    }

    @Test
    void theWholeAlphabetWithEveryToneRoundTripsThroughBothEncodings() {
        String words = String.join(" ", LOWER.chars().mapToObj(c -> "b" + (char) c + "n").toList());
        String capitals = String.join(" ", UPPER.chars().mapToObj(c -> "B" + (char) c + "N").toList());
        for (String text : List.of(words, capitals)) {
            assertThat(decode(vni(text)).text()).isEqualTo(text);
            assertThat(decode(tcvn3(text)).text()).isEqualTo(text);
        }
        assertThat(LegacyText.TCVN3).hasSize(LOWER.length());
        assertThat(LegacyText.VNI).hasSize(LOWER.length());
        assertThat(java.util.Set.of(LegacyText.TCVN3)).as("one code per letter").hasSize(LOWER.length());
        assertThat(java.util.Set.of(LegacyText.VNI)).as("one code per letter").hasSize(LOWER.length());
    }

    @Test
    void vniTextWhoseOnlyCodesAreAlsoUnicodeLettersStaysAsItIs() {
        // "Hồ" in VNI is "Hoà", which Unicode writes too (old tone placement): nothing proves it is VNI.
        assertThat(decode(vni("Hồ Chí")).encoding()).isNull();
        assertThat(decode(vni("Hồ Chí")).text()).isEqualTo("Hoà Chí");
    }

    @Test
    void unicodeAndPlainTextStayAsTheyAre() {
        for (String text : List.of("Nguyễn Văn Minh", "Lê Tú", "Tô Hà", "Hoà Bình", "Trần Thị Hoá", "Chi bộ Đại đội 1",
                "Đảng viên chính thức", "001098012345", "Ánh Tuyết")) {
            LegacyText.Decoded decoded = decode(text);
            assertThat(decoded.encoding()).as(text).isNull();
            assertThat(decoded.ambiguous()).as(text).isFalse();
            assertThat(decoded.text()).isEqualTo(text);
        }
    }

    @Test
    void textThatFitsBothTablesOrMixesALegacyCodeWithUnicodeIsRefused() {
        assertThat(decode("Höng ñoäi").text()).as("ö, ñ and ä are codes of both; a vowel and its mark is VNI")
                .isEqualTo("Hưng đội");
        assertThat(decode("Hö").ambiguous()).as("ư in VNI, ử in TCVN3").isTrue();
        assertThat(decode("Nguyễn V¨n").ambiguous()).as("TCVN3 ă beside a Unicode ễ").isTrue();
    }

    @Test
    void aColumnGetsOneWarningWithTheCountOfItsConvertedCells() {
        Issues issues = new Issues();
        LegacyText legacy = new LegacyText(issues);
        Column name = Column.text("fullName", "person.fullName", true, 200);
        assertThat(legacy.convert(tcvn3("Nguyễn Văn Minh"), 5, name)).isEqualTo("Nguyễn Văn Minh");
        assertThat(legacy.convert(tcvn3("Trường Sơn"), 6, name)).isEqualTo("Trường Sơn");
        assertThat(legacy.convert("Người Unicode", 7, name)).isEqualTo("Người Unicode");
        assertThat(legacy.convert("Hö", 8, name)).isNull();
        legacy.report();
        assertThat(issues.kept()).extracting(Issues.Issue::severity, Issues.Issue::row, Issues.Issue::messageKey, Issues.Issue::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Issues.Severity.WARNING, 5, "import.warning.legacyConverted", List.of("TCVN3", "2")),
                        org.assertj.core.groups.Tuple.tuple(Issues.Severity.ERROR, 8, "import.error.legacyAmbiguous", List.of("Hö")));
    }
}
