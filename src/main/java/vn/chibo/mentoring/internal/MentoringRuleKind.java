package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chibo.rules.PlainRuleKind;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;

/**
 * Mentoring rules as a kind of rule document: the body is {@link MentoringRules}; the shipped rule set lies in
 * {@code classpath:mentoring/*.json}. The rules for an organization are the revision in force in the one rule store,
 * the shipped defaults when none applies.
 */
@Component
public class MentoringRuleKind extends PlainRuleKind<MentoringRules> {

    MentoringRuleKind(RuleDocuments documents) {
        super(documents, Rulebook.Kind.MENTORING, "mentoring", MentoringRules::parse, MentoringRules::toJson);
    }

    /** The rules in force for an organization on a date (the shipped defaults when nothing else applies). */
    public MentoringRules rulesFor(String orgPath, LocalDate on) {
        return inForce(orgPath, on).orElse(new MentoringRules(4, 3, 30, 3));
    }
}
