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
}
