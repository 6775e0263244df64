package vn.chibo.inspection.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/** Three years of the demo's inspections and supervisions (see {@link DemoInspectionGenerator}). */
@Component
class InspectionDemoContributor implements DemoContributor {

    @Override
    public String name() {
        return "inspection";
    }

    /** The region's committees, cells and members, the division and its inspector. */
    @Override
    public Set<String> requires() {
        return Set.of("region");
    }

    @Override
    public void contribute(DemoContext demo) {
        new DemoInspectionGenerator(demo.jdbc(), demo.seed(), demo.clock()).generate(demo.get(DemoAnchors.DIVISION),
                demo.get(DemoAnchors.SAMPLE_CELL), demo.get(DemoAnchors.INSPECTOR_OF_DIVISION));
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("inspection_plan", "inspection_plan_item", "inspection", "inspection_finding");
    }
}
