package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

class ContributionOrderTest {

    record Fake(String name, Set<String> requires) implements DemoContributor {

        Fake(String name, String... requires) {
            this(name, Set.of(requires));
        }

        @Override
        public void contribute(DemoContext demo) {
        }
    }

    static List<String> names(List<DemoContributor> ordered) {
        return ordered.stream().map(DemoContributor::name).toList();
    }

    @Test
    void eachContributorRunsAfterThoseItRequires() {
        List<DemoContributor> ordered = ContributionOrder.of(List.of(new Fake("development", "region", "mentoring"),
                new Fake("mentoring", "region", "recognition"), new Fake("recognition", "region"), new Fake("region")));
        assertThat(names(ordered)).containsExactly("region", "recognition", "mentoring", "development");
    }

    @Test
    void amongThoseFreeToRunTheFirstByNameGoesFirstWhateverOrderTheyAreGivenIn() {
        List<DemoContributor> contributors = new ArrayList<>(List.of(new Fake("region"), new Fake("meeting", "region"),
                new Fake("inspection", "region"), new Fake("mentoring", "recognition"), new Fake("recognition", "region"),
                new Fake("classification", "region")));
        List<String> expected = List.of("region", "classification", "inspection", "meeting", "recognition", "mentoring");
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(contributors, random);
            assertThat(names(ContributionOrder.of(contributors))).as("given as %s", names(contributors)).isEqualTo(expected);
        }
    }

    @Test
    void aContributorWhosePrerequisiteNoModuleContributesStopsTheLoaderWithAClearMessage() {
        assertThatThrownBy(() -> ContributionOrder.of(List.of(new Fake("region"), new Fake("development", "region", "mentoring"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo contributor 'development' requires 'mentoring', which no module contributes"
                        + " (contributors: development, region)");
    }

    @Test
    void contributorsThatRequireEachOtherAreRefused() {
        assertThatThrownBy(() -> ContributionOrder.of(List.of(new Fake("region"), new Fake("a", "region", "b"), new Fake("b", "a"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo contributors require each other in a cycle: a, b");
    }

    @Test
    void twoContributorsOfOneNameAreRefused() {
        assertThatThrownBy(() -> ContributionOrder.of(List.of(new Fake("region"), new Fake("region"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Two demo contributors are named 'region'");
    }
}
