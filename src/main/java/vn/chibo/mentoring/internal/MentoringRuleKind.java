package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.RuleKind;
import vn.chibo.rules.Rulebook;

/**
 * Mentoring rules as a kind of rule document: the body is {@link MentoringRules}; the shipped rule set lies in
 * {@code classpath:mentoring/*.json}. The rules for an organization are the revision in force in the one rule store
 * (the newest covering the year whose owner is nearest above it), the shipped defaults when none applies.
 */
@Component
public class MentoringRuleKind implements RuleKind {

    private final RuleDocuments documents;

    MentoringRuleKind(RuleDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Rulebook.Kind kind() {
        return Rulebook.Kind.MENTORING;
    }

    @Override
    public String shippedLocation() {
        return "classpath:mentoring/*.json";
    }

    @Override
    public ShippedRule readShipped(String text) {
        return ShippedRule.plain(Rulebook.Kind.MENTORING, text, "definition");
    }

    @Override
    public String checkedBody(String json) {
        return MentoringRules.parse(json).toJson();
    }

    @Override
    public String messagePrefix() {
        return "mentoring.rules";
    }

    /** The rules in force for an organization on a date (the shipped defaults when nothing else applies). */
    public MentoringRules rulesFor(String orgPath, LocalDate on) {
        return documents.inForce(Rulebook.Kind.MENTORING, orgPath, on).map(r -> MentoringRules.parse(r.getDefinitionJson()))
                .orElse(new MentoringRules(4, 3, 30, 3));
    }

    /** A new revision, in force at once, for everywhere (administrators) or an organization's subtree. */
    public Rulebook revise(String code, String definitionJson, int yearFrom, Integer yearTo, Long ownerOrgId) {
        return documents.reviseAndPublish(new RuleDocuments.Revision(Rulebook.Kind.MENTORING, code, null, null, definitionJson,
                yearFrom, yearTo, null, ownerOrgId));
    }
}
