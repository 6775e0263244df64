package vn.chibo.mentoring.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.recognition.AwardHistory;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/** Three years of the demo's mentoring programme (see {@link DemoMentoringGenerator}); tells who mentored whom. */
@Component
class MentoringDemoContributor implements DemoContributor {

    private final AwardHistory awards;

    MentoringDemoContributor(AwardHistory awards) {
        this.awards = awards;
    }

    @Override
    public String name() {
        return "mentoring";
    }

    /** The region's cells and people; the recognition register, whose award ids the mentoring awards ({@link AwardHistory}) continue. */
    @Override
    public Set<String> requires() {
        return Set.of("region", "recognition");
    }

    @Override
    public void contribute(DemoContext demo) {
        var result = new DemoMentoringGenerator(demo.jdbc(), awards, demo.seed(), demo.clock()).generate();
        demo.put(DemoAnchors.MENTOR_OF, result.mentorOf());
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("mentoring_group", "mentoring_assignment");
    }
}
