package vn.chibo.shared.web;

/**
 * A request that breaks a domain rule (a cycle in the tree, a duplicate number...). Carries a
 * message key so pages and the API can explain it in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    // Written by hand (writeObject): an exception travels in a flash attribute through the shared session store.
    private transient Object[] arguments;
    private String link;

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

    /** The record the rule refers to ('Tháng 12/2026 đã có buổi sinh hoạt thường kỳ' → that meeting), or {@code null}. */
    public String link() {
        return link;
    }

    /** The same refusal, pointing at the record it refers to (a path inside ChiBo, e.g. {@code /meetings/42}). */
    public BusinessRuleException withLink(String path) {
        this.link = path;
        return this;
    }

    /** The message arguments survive serialization; one that cannot be serialized travels as its text. */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        out.writeObject(arguments == null ? null : java.util.Arrays.stream(arguments)
                .map(a -> a == null || a instanceof java.io.Serializable ? a : String.valueOf(a)).toArray());
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        arguments = (Object[]) in.readObject();
    }
}
