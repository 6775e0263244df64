package vn.chibo.meeting.internal;

import org.springframework.stereotype.Component;
import vn.chibo.rules.RuleKind;
import vn.chibo.rules.Rulebook;

/**
 * Meeting rubrics as a kind of rule document: the body is the whole rubric document ({@link RubricJson}), in force
 * from its {@code validFrom} day; the shipped rubric lies in {@code classpath:meeting-rubrics/*.json}.
 */
@Component
class MeetingRubricKind implements RuleKind {

    @Override
    public Rulebook.Kind kind() {
        return Rulebook.Kind.MEETING_RUBRIC;
    }

    @Override
    public String shippedLocation() {
        return "classpath:meeting-rubrics/*.json";
    }

    @Override
    public ShippedRule readShipped(String text) {
        RubricJson.Document document = RubricJson.parseDocument(text);
        return new ShippedRule(Rulebook.Kind.MEETING_RUBRIC, null, document.code(), document.nameVi(), document.nameEn(), null,
                document.validFrom().getYear(), null, document.validFrom(), RubricJson.write(document));
    }

    @Override
    public String checkedBody(String json) {
        return RubricJson.write(RubricJson.parseDocument(json));
    }

    @Override
    public boolean administratorsOnly() {
        return true;
    }

    @Override
    public java.time.LocalDate validFrom(String checkedBody) {
        return RubricJson.parseDocument(checkedBody).validFrom();
    }

    @Override
    public String messagePrefix() {
        return "meeting.rubric";
    }
}
