package vn.chibo.development.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chibo.rules.PlainRuleKind;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Party development rules as a kind of rule document: the body is {@link DevelopmentRules}; the shipped rule set lies
 * in {@code classpath:development/*.json}. The rules for an organization are the revision in force in the one rule
 * store.
 */
@Component
public class DevelopmentRuleKind extends PlainRuleKind<DevelopmentRules> {

    DevelopmentRuleKind(RuleDocuments documents) {
        super(documents, Rulebook.Kind.DEVELOPMENT, "development", DevelopmentRules::parse, DevelopmentRules::toJson);
    }

    /** The rules in force for an organization on a date (the shipped ones unless a unit has its own revision). */
    public DevelopmentRules rulesFor(String orgPath, LocalDate on) {
        return inForce(orgPath, on).orElseThrow(() -> new BusinessRuleException(null, "development.rules.error.none"));
    }
}
