package vn.chibo.development.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.RuleKind;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Party development rules as a kind of rule document: the body is {@link DevelopmentRules}; the shipped rule set lies
 * in {@code classpath:development/*.json}. The rules for an organization are the revision in force in the one rule
 * store (the newest covering the year whose owner is nearest above it).
 */
@Component
public class DevelopmentRuleKind implements RuleKind {

    private final RuleDocuments documents;

    DevelopmentRuleKind(RuleDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Rulebook.Kind kind() {
        return Rulebook.Kind.DEVELOPMENT;
    }

    @Override
    public String shippedLocation() {
        return "classpath:development/*.json";
    }

    @Override
    public ShippedRule readShipped(String text) {
        return ShippedRule.plain(Rulebook.Kind.DEVELOPMENT, text, "definition");
    }

    @Override
    public String checkedBody(String json) {
        return DevelopmentRules.parse(json).toJson();
    }

    @Override
    public String messagePrefix() {
        return "development.rules";
    }

    /** The rules in force for an organization on a date (the shipped ones unless a unit has its own revision). */
    public DevelopmentRules rulesFor(String orgPath, LocalDate on) {
        return documents.inForce(Rulebook.Kind.DEVELOPMENT, orgPath, on).map(r -> DevelopmentRules.parse(r.getDefinitionJson()))
                .orElseThrow(() -> new BusinessRuleException(null, "development.rules.error.none"));
    }

    /** A new revision, in force at once, for everywhere (administrators) or an organization's subtree. */
    public Rulebook revise(String code, String definitionJson, int yearFrom, Integer yearTo, Long ownerOrgId) {
        return documents.reviseAndPublish(new RuleDocuments.Revision(Rulebook.Kind.DEVELOPMENT, code, null, null, definitionJson,
                yearFrom, yearTo, null, ownerOrgId));
    }
}
