package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.shared.demo.DemoContributor;
import vn.chibo.support.IntegrationTest;

/** The modules' demo contributors as the application finds them: each runs after what it requires. */
@IntegrationTest
class DemoContributorsTest {

    @Autowired
    List<DemoContributor> contributors;
    @Autowired
    DemoDataLoader loader;

    @Test
    void theLoaderRunsEveryContributorOnceEachAfterThoseItRequires() {
        List<DemoContributor> ordered = loader.contributors();
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(contributors);
        Set<String> done = new HashSet<>();
        for (DemoContributor contributor : ordered) {
            assertThat(done).as("ran before '%s'", contributor.name()).containsAll(contributor.requires());
            done.add(contributor.name());
        }
        assertThat(done).contains("region", "emulation", "classification", "recognition", "mentoring", "development",
                "inspection", "meeting");
    }

    @Test
    void eachTableWhoseIdsAreAssignedHasOneContributor() {
        List<String> tables = contributors.stream().flatMap(c -> c.tablesWithAssignedIds().stream()).toList();
        assertThat(tables).doesNotHaveDuplicates().contains("organization", "person", "meeting", "inspection");
    }
}
