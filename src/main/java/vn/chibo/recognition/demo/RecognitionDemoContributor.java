package vn.chibo.recognition.demo;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;

/** The demo's award and discipline registers and good examples (see {@link DemoRecognitionGenerator}). */
@Component
class RecognitionDemoContributor implements DemoContributor {

    @Override
    public String name() {
        return "recognition";
    }

    /** Awards and discipline of the region's cells and members; the sample cell is kept free of discipline. */
    @Override
    public Set<String> requires() {
        return Set.of("region");
    }

    @Override
    public void contribute(DemoContext demo) {
        new DemoRecognitionGenerator(demo.jdbc(), demo.seed(), demo.clock()).generate(demo.get(DemoAnchors.SAMPLE_CELL));
    }

    /** Awards of other modules' history ({@link vn.chibo.recognition.AwardHistory}, e.g. the mentoring demo's) get assigned ids. */
    @Override
    public List<String> tablesWithAssignedIds() {
        return List.of("award_record");
    }
}
