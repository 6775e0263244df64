package vn.chibo.classification.internal;

import java.util.Map;
import vn.chibo.shared.web.BusinessRuleException;

/** Several field problems at once: field → the rule it breaks. */
public class FormProblems extends BusinessRuleException {

    private final transient Map<String, BusinessRuleException> byField;

    FormProblems(Map<String, BusinessRuleException> byField) {
        super(byField.keySet().iterator().next(), byField.values().iterator().next().messageKey(),
                byField.values().iterator().next().arguments());
        this.byField = byField;
    }

    public Map<String, BusinessRuleException> byField() {
        return byField;
    }
}
