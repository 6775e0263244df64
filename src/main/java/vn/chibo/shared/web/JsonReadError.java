package vn.chibo.shared.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * What went wrong reading a JSON or YAML document an author wrote (a rulebook, a rubric, rules), in the author's
 * language when the message is shown: bad syntax, or the field whose value has the wrong kind. Never the reader's own
 * message, which names Java classes and parser internals.
 */
public final class JsonReadError {

    private JsonReadError() {
    }

    /** A message argument (resolved by the message source) describing {@code e}. */
    public static MessageSourceResolvable reason(JacksonException e) {
        String field = e instanceof DatabindException bad ? path(bad) : "";
        String key = !(e instanceof DatabindException) ? "json.error.reason.syntax"
                : field.isEmpty() ? "json.error.reason.structure" : "json.error.reason.field";
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {field}, key);
    }

    /** The field path as an author reads it: {@code criteria[2].indicators[1].kind} (positions from 1). */
    static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }
}
