package vn.chibo.development.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/** The demo's party development records (see {@link DemoDevelopmentGenerator}). */
@Component
class DevelopmentDemoContributor implements DemoContributor {

    @Override
    public String name() {
        return "development";
    }

    /** The region's people; the mentoring programme, whose mentors the admitted members' records name. */
    @Override
    public Set<String> requires() {
        return Set.of("region", "mentoring");
    }

    @Override
    public void contribute(DemoContext demo) {
        new DemoDevelopmentGenerator(demo.jdbc(), demo.seed(), demo.clock()).generate(demo.get(DemoAnchors.MENTOR_OF));
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("development_candidate");
    }
}
