package vn.chibo.rules;

import java.util.List;
import vn.chibo.shared.web.BusinessRuleException;

/** A definition that cannot be used, with every problem found (message key, code concerned). */
public class RulebookProblems extends BusinessRuleException implements vn.chibo.shared.web.ProblemList {

    private final transient List<String[]> problems;

RulebookProblems(List<String[]> problems) {
        super("definition", "rulebook.error.problems", problems.size());
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String[]> problems() {
        return problems;
    }
}
