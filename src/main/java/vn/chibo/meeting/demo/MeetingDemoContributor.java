package vn.chibo.meeting.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingScoring;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;
import vn.chibo.shared.demo.DemoSize;

/**
 * The demo's cell meetings (see {@link DemoMeetingGenerator}): 24 months of them, a year at the benchmark size to keep
 * its start-up short (see README). Scored once the identities are restarted.
 */
@Component
class MeetingDemoContributor implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoContributor.class);

    private final MeetingScoring scoring;

    MeetingDemoContributor(MeetingScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public String name() {
        return "meeting";
    }

    /** The region's cells, members and committees; the sample cell, whose meetings improve over the period. */
    @Override
    public Set<String> requires() {
        return Set.of("region");
    }

    @Override
    public void contribute(DemoContext demo) {
        long started = System.currentTimeMillis();
        DemoMeetingGenerator meetings = new DemoMeetingGenerator(demo.jdbc(), demo.seed(), demo.clock(),
                demo.size() == DemoSize.REGION ? 12 : 24);
        meetings.generate(demo.get(DemoAnchors.SAMPLE_CELL));
        log.info("Demo meetings: {} written in {} ms", meetings.meetingCount(), System.currentTimeMillis() - started);
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("meeting", "meeting_attendee", "meeting_action_item", "meeting_supervision");
    }

    /** Counts and scores the meetings written as the roll call and the rubric would have. */
    @Override
    public void complete(DemoContext demo) {
        long started = System.currentTimeMillis();
        int scored = scoring.countLoaded();
        log.info("Demo meetings: {} counted and scored in {} ms", scored, System.currentTimeMillis() - started);
    }
}
