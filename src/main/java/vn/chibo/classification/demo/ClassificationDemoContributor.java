package vn.chibo.classification.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/** The demo's annual classification rounds (see {@link DemoClassificationGenerator}). */
@Component
class ClassificationDemoContributor implements DemoContributor {

    private final RuleDocuments rules;

    ClassificationDemoContributor(RuleDocuments rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "classification";
    }

    /** The region's organizations and members; the sample cell and member are left pending in this year's round. */
    @Override
    public Set<String> requires() {
        return Set.of("region");
    }

    @Override
    public void contribute(DemoContext demo) {
        new DemoClassificationGenerator(demo.jdbc(), rules, demo.seed(), demo.clock()).generate(demo.get(DemoAnchors.REGION),
                demo.get(DemoAnchors.SAMPLE_CELL), demo.get(DemoAnchors.MEMBER_OF_SAMPLE_CELL));
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("classification_round");
    }
}
