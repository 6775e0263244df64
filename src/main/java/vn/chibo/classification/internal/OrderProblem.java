package vn.chibo.classification.internal;

import vn.chibo.rules.RulebookDefinition;
import vn.chibo.shared.web.Problem;

/**
 * A subject decided out of the rulebook's thứ tự xếp loại: the problem names who must be decided
 * first; the rulebook either only warns of it or refuses the decision.
 */
public record OrderProblem(Problem problem, RulebookDefinition.Enforcement enforcement) {

    /** Refused rather than only warned of. */
    public boolean enforced() {
        return enforcement == RulebookDefinition.Enforcement.ENFORCE;
    }

    /** Who must be decided first: the organization, or the lower levels not decided yet. */
    String firstToDecide() {
        return String.valueOf(problem.arguments().get(0));
    }
}
