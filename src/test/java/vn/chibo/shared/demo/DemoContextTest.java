package vn.chibo.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoContextTest {

    final DemoContext demo = new DemoContext(null, 1L, DemoSize.SMALL, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aContributorReadsWhatAnEarlierOneProvided() {
        demo.running("mentoring");
        demo.put(DemoAnchors.MENTOR_OF, Map.of(5L, 3L));
        demo.running("development");
        assertThat(demo.get(DemoAnchors.MENTOR_OF)).containsEntry(5L, 3L);
    }

    @Test
    void readingAnAnchorThatNoEarlierContributorProvidedFailsNamingTheReaderAndTheAnchor() {
        demo.running("development");
        assertThatThrownBy(() -> demo.get(DemoAnchors.MENTOR_OF)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo contributor 'development' reads the anchor 'mentorOf', which no contributor before it provided:"
                        + " list the one that provides it in its requires()");
    }

    @Test
    void anAnchorHasOneProvider() {
        demo.running("region");
        demo.put(DemoAnchors.SAMPLE_CELL, 14L);
        demo.running("meeting");
        assertThatThrownBy(() -> demo.put(DemoAnchors.SAMPLE_CELL, 15L)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Demo contributor 'meeting' provides the anchor 'sampleCell', which 'region' already provided");
        assertThat(demo.get(DemoAnchors.SAMPLE_CELL)).isEqualTo(14L);
    }
}
