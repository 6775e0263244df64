package vn.chibo.emulation.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/**
 * The demo's emulation programmes: this and last year's (see {@link DemoEmulationGenerator}), then the three review
 * years (see {@link DemoReviewYearsGenerator}, whose registrations follow the first ones' ids).
 */
@Component
class EmulationDemoContributor implements DemoContributor {

    private final RuleDocuments rules;

    EmulationDemoContributor(RuleDocuments rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "emulation";
    }

    /** The region's cells and members, the sample cell with its secretary and member (the members' pilot). */
    @Override
    public Set<String> requires() {
        return Set.of("region");
    }

    @Override
    public void contribute(DemoContext demo) {
        long region = demo.get(DemoAnchors.REGION);
        new DemoEmulationGenerator(demo.jdbc(), rules, demo.seed(), demo.clock()).generate(region, demo.get(DemoAnchors.SAMPLE_CELL),
                demo.get(DemoAnchors.SECRETARY_OF_SAMPLE_CELL), demo.get(DemoAnchors.MEMBER_OF_SAMPLE_CELL));
        new DemoReviewYearsGenerator(demo.jdbc(), rules, demo.seed(), demo.clock()).generate(region);
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("programme", "registration");
    }
}
