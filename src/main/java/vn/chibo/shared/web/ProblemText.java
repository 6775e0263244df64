package vn.chibo.shared.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place a {@link Problem} becomes text in the user's language: pages call
 * {@code ${@problemText.of(p)}}, the API lists the same sentences in its RFC 9457 body.
 */
@Component("problemText")
public class ProblemText {

    private final MessageSource messages;

    public ProblemText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Problem problem) {
        return messages.getMessage(problem, LocaleContextHolder.getLocale());
    }

    public List<String> of(List<Problem> problems) {
        return problems.stream().map(this::of).toList();
    }

    /**
     * A refusal as the lines {@code fragments/errors :: refusal} shows: its own sentence, then one per problem;
     * empty without a refusal.
     */
    public List<String> lines(String messageKey, Object[] arguments, List<Problem> problems) {
        if (messageKey == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale()));
        if (problems != null) {
            lines.addAll(of(problems));
        }
        return lines;
    }
}
