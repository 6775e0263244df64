package vn.chibo.shared.web;

/**
 * A request that breaks a domain rule (a cycle in the tree, a duplicate number...). Carries a
 * message key so pages and the API can explain it in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form field the rule concerns, or {@code null} for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
