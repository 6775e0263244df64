package vn.chibo.people.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/**
 * The demo region: its organization tree with the people of every cell, their status history, memberships and
 * leadership roles. Here, in the people module, because one random source draws the tree and its people together
 * (see {@link DemoRegionGenerator}) and the people module already sees the organization module's types, while the
 * organization module may not see the people module's. Every other contributor builds on it.
 */
@Component
class RegionDemoContributor implements DemoContributor {

    static final String NAME = "region";
    private static final Logger log = LoggerFactory.getLogger(RegionDemoContributor.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(DemoContext demo) {
        DemoRegionGenerator generator = new DemoRegionGenerator(demo.jdbc(), demo.size(), demo.seed(), demo.clock());
        DemoRegionGenerator.Anchors anchors = generator.generate();
        demo.put(DemoAnchors.REGION, anchors.region());
        demo.put(DemoAnchors.DIVISION, anchors.division());
        demo.put(DemoAnchors.SAMPLE_CELL, anchors.sampleCell());
        demo.put(DemoAnchors.SECRETARY_OF_SAMPLE_CELL, anchors.secretaryOfSampleCell());
        demo.put(DemoAnchors.MEMBER_OF_SAMPLE_CELL, anchors.memberOfSampleCell());
        demo.put(DemoAnchors.OFFICER_OF_REGION, anchors.officerOfRegion());
        demo.put(DemoAnchors.OFFICER_OF_DIVISION, anchors.officerOfDivision());
        demo.put(DemoAnchors.INSPECTOR_OF_DIVISION, anchors.inspectorOfDivision());
        demo.put(DemoAnchors.ADMINISTRATOR_PERSON, anchors.administratorPerson());
        log.info("Demo region: {} organizations, {} people", generator.organizationCount(), generator.personCount());
    }

    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("organization", "person");
    }
}
