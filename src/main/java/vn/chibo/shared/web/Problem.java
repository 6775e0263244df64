package vn.chibo.shared.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * One thing wrong with a submitted document or form: a message key with its arguments, and the
 * subject it concerns (an editor field such as {@code criteria[0].code}, an indicator code, a line
 * of a list), empty for the whole document. Pages and the API turn it into text with {@link ProblemText}.
 * Serializable because a list of problems travels in flash attributes through the shared session store.
 */
public record Problem(String messageKey, List<Object> arguments, String subject)
        implements MessageSourceResolvable, Serializable {

    public Problem {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
        subject = subject == null ? "" : subject;
    }

    /** A problem of the whole document, not placed on any field. */
    public static Problem of(String messageKey, Object... arguments) {
        return new Problem(messageKey, Arrays.asList(arguments), "");
    }

    /** The same problem, concerning the given field, code or line. */
    public Problem about(String subject) {
        return new Problem(messageKey, arguments, subject);
    }

    /** The arguments as an array, as {@code MessageSource} and {@code BindingResult.reject} take them. */
    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    /** The key itself: a missing translation shows which message is missing rather than nothing. */
    @Override
    public String getDefaultMessage() {
        return messageKey;
    }
}
