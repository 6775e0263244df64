package vn.chibo.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void cleanTextHasNoControlCharacters() {
        assertThat(VietnameseText.clean("Nguyễn\u0000 Văn\u0007 Minh\u001F\u007F")).isEqualTo("Nguyễn Văn Minh");
        assertThat(VietnameseText.clean("\u0000\u0008")).isNull();
        assertThat(ControlCharacters.present("dòng một\r\n\tdòng hai")).isFalse();
        assertThat(ControlCharacters.present("a\u000Bb")).isTrue();
    }

    @Test
    void searchKeyDropsAccentsAndTurnsDStrokeIntoD() {
        assertThat(VietnameseText.searchKey("Nguyễn Văn Minh")).isEqualTo("nguyen van minh");
        assertThat(VietnameseText.searchKey("Đặng Thị Hương")).isEqualTo("dang thi huong");
        assertThat(VietnameseText.searchKey("ĐẶNG  đức   ĐẠT ")).isEqualTo("dang duc dat");
    }

    @Test
    void searchKeyIsTheSameForComposedAndDecomposedInput() {
        String decomposed = Normalizer.normalize("Trần Quốc Tuấn", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Trần Quốc Tuấn");
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo("tran quoc tuan");
    }

    @Test
    void cleanNormalizesToNfcAndCollapsesSpaces() {
        String decomposed = Normalizer.normalize("  Lê   Thị  Hồng ", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Lê Thị Hồng");
        assertThat(Normalizer.isNormalized(VietnameseText.clean(decomposed), Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseText.clean("   ")).isNull();
    }

    @Test
    void peopleSortByGivenNameThenMiddleThenFamilyName() {
        List<String> names = new ArrayList<>(List.of("Nguyễn Văn Minh", "Trần Thị An", "Lê Văn Minh", "Phạm Đức Anh",
                "Đỗ Văn Ân", "Bùi Thị Ánh", "Nguyễn Đức Minh", "Hoàng Văn Bình"));
        names.sort(VietnameseText.personNameOrder());
        // "â" is a letter of its own after "a": An < Anh < Ánh (tone) < Ân
        assertThat(names).containsExactly("Trần Thị An", "Phạm Đức Anh", "Bùi Thị Ánh", "Đỗ Văn Ân", "Hoàng Văn Bình",
                "Nguyễn Đức Minh", "Lê Văn Minh", "Nguyễn Văn Minh");
    }

    @Test
    void vietnameseLettersFollowTheVietnameseAlphabet() {
        // a < ă < â, d < đ, o < ô < ơ, u < ư in the Vietnamese alphabet
        List<String> names = new ArrayList<>(List.of("Lê Văn Ơn", "Lê Văn Đông", "Lê Văn Dũng", "Lê Văn Ôn", "Lê Văn On",
                "Lê Văn Ưng", "Lê Văn Ung"));
        names.sort(VietnameseText.personNameOrder());
        assertThat(names).containsExactly("Lê Văn Dũng", "Lê Văn Đông", "Lê Văn On", "Lê Văn Ôn", "Lê Văn Ơn",
                "Lê Văn Ung", "Lê Văn Ưng");
    }

    @Test
    void sortKeysCompareAsPlainStringsLikeTheCollator() {
        List<String> byKey = new ArrayList<>(List.of("Nguyễn Văn Minh", "Trần Thị An", "Đỗ Văn Ân", "Vũ Anh"));
        byKey.sort((a, b) -> VietnameseText.personSortKey(a).compareTo(VietnameseText.personSortKey(b)));
        assertThat(byKey).containsExactly("Trần Thị An", "Vũ Anh", "Đỗ Văn Ân", "Nguyễn Văn Minh");
    }

    @Test
    void organizationNamesSortNumbersByValue() {
        List<String> names = new ArrayList<>(List.of("Chi bộ Đại đội 10", "Chi bộ Đại đội 2", "Chi bộ Đại đội 1"));
        names.sort((a, b) -> VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
        assertThat(names).containsExactly("Chi bộ Đại đội 1", "Chi bộ Đại đội 2", "Chi bộ Đại đội 10");
    }
}
