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
}
