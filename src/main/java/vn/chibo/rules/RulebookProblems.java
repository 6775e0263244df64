package vn.chibo.rules;

import java.util.List;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.Problem;

/** A definition that cannot be used, with every problem found. */
public class RulebookProblems extends BusinessRuleException implements vn.chibo.shared.web.ProblemList {

    private final transient List<Problem> problems;

    RulebookProblems(List<Problem> problems) {
        super("definition", "rulebook.error.problems", problems.size());
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }
}
