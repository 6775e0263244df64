package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubtreeTest {

    @Test
    void rendersAPrefixConditionWithTheValidatedPathAsALiteral() {
        Subtree subtree = Subtree.of("/1/11/14/");

        assertThat(subtree.sql("m.org_path")).isEqualTo("m.org_path like '/1/11/14/%'");
        assertThat(subtree.likePattern()).isEqualTo("/1/11/14/%");
        assertThat(Subtree.ALL.sql("org_path")).isEqualTo("org_path like '/%'");
    }

    @Test
    void refusesAnythingButDigitsAndSlashes() {
        for (String bad : new String[] {null, "", "/", "1/11/", "/1/11", "/1//", "/1/' or '1'='1/", "/1/%/", "/a/"}) {
            assertThatThrownBy(() -> Subtree.of(bad)).as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(Subtree.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThat(Subtree.ofPrefix("/")).isSameAs(Subtree.ALL);
        assertThatThrownBy(() -> Subtree.ofPrefix("/1/x/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsItsRootAndWhatLiesBelowButNotASiblingSharingDigits() {
        Subtree subtree = Subtree.of("/1/11/");

        assertThat(subtree.contains("/1/11/")).isTrue();
        assertThat(subtree.contains("/1/11/14/20/")).isTrue();
        assertThat(subtree.contains("/1/110/")).isFalse();
        assertThat(subtree.contains("/1/")).isFalse();
        assertThat(subtree.contains(null)).isFalse();
        assertThat(Subtree.ALL.contains("/7/")).isTrue();
    }

    @Test
    void aPathsChildUnderTheSubtreeIsItsNextSegmentAndNoneForTheSubtreeItself() {
        assertThat(Subtree.of("/1/").childIdSql("a.org_path")).isEqualTo("path_child_id(a.org_path, 3)");
        assertThat(Subtree.of("/1/11/").childIdSql("org_path")).isEqualTo("path_child_id(org_path, 4)");
        // H2's function, what PostgreSQL's split_part gives
        assertThat(Subtree.childId("/1/11/14/", 3)).isEqualTo(11L);
        assertThat(Subtree.childId("/1/11/14/", 4)).isEqualTo(14L);
        assertThat(Subtree.childId("/1/110000001/", 3)).isEqualTo(110000001L);
        assertThat(Subtree.childId("/1/", 3)).isNull();
        assertThat(Subtree.childId("/1/11/", 5)).isNull();
        assertThat(Subtree.childId(null, 3)).isNull();
    }

    @Test
    void theSubtreeAsItsIdAtItsDepthKeepsThePathsUnderItAndNoOther() {
        Subtree division = Subtree.of("/1/11/");
        assertThat(division.depth()).isEqualTo(2);
        assertThat(Subtree.of("/1/").depth()).isEqualTo(1);
        assertThat(division.idSql("p.org_path")).isEqualTo("path_child_id(p.org_path, 3) = 11");
        assertThat(Subtree.of("/1/11/14/").idSql("org_path")).isEqualTo("path_child_id(org_path, 4) = 14");
        for (String path : java.util.List.of("/1/11/", "/1/11/14/", "/1/11/14/140/", "/1/12/", "/1/110/", "/1/", "/11/")) {
            // evaluated as H2 does (PostgreSQL's split_part gives the same), against the prefix; ids are unique, so 11 is
            // never at the same depth under another parent
            boolean byId = Long.valueOf(11L).equals(Subtree.childId(path, division.depth() + 1));
            assertThat(byId).as(path).isEqualTo(division.contains(path));
        }
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Subtree.ALL.idSql("org_path"));
    }
}
