package vn.chibo.shared.web;

import java.util.List;

/**
 * A request that breaks a domain rule (a cycle in the tree, a duplicate number...): the one refusal type of ChiBo.
 * Carries a message key so pages and the API can explain it in the user's language and, when a document or form is
 * wrong in several places at once, every {@link Problem} found ({@link #of}). Pages show it through
 * {@link FlashMessages} (after a redirect) or {@link FormErrors} (a form shown again); the API as RFC 9457.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    // Written by hand (writeObject): an exception travels in a flash attribute through the shared session store.
    private transient Object[] arguments;
    private String link;
    private final List<Problem> problems;

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(), arguments);
    }

    private BusinessRuleException(String field, String messageKey, List<Problem> problems, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.problems = List.copyOf(problems);
    }

    /**
     * A refusal made of several problems, all reported at once: the summary ({@code messageKey} with its arguments,
     * concerning {@code field}, or the whole form when {@code null}) and each problem with the field or line it names.
     */
    public static BusinessRuleException of(String field, String messageKey, List<Problem> problems, Object... arguments) {
        return new BusinessRuleException(field, messageKey, problems, arguments);
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

    /** Every problem found when the refusal lists several ({@link #of}); empty for a refusal that is one sentence. */
    public List<Problem> problems() {
        return problems;
    }

    /** This refusal as one problem concerning its field, to be listed with others in a refusal of several. */
    public Problem asProblem() {
        return new Problem(messageKey, arguments == null ? List.of() : java.util.Arrays.asList(arguments), field);
    }

    /**
     * The same problems under another heading, for a page that words it its own way ('hãy sửa các ô được đánh
     * dấu'): a refusal of one sentence becomes its one problem.
     */
    public BusinessRuleException headedBy(String headingKey, Object... arguments) {
        BusinessRuleException headed = of(null, headingKey, problems.isEmpty() ? List.of(asProblem()) : problems, arguments);
        headed.link = link;
        return headed;
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
