package vn.chibo.recognition.internal;

import java.util.List;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.Problem;
import vn.chibo.shared.web.ProblemList;

/** A bulk award entry with at least one bad line: nothing was saved; the report says which lines and why. */
public class BulkEntryRejected extends BusinessRuleException implements ProblemList {

    private final transient BulkReport report;

    BulkEntryRejected(BulkReport report) {
        super("recipients", "recognition.bulk.rejected", report.errors());
        this.report = report;
    }

    public BulkReport report() {
        return report;
    }

    @Override
    public List<Problem> problems() {
        return report.lines().stream().filter(l -> !l.ok())
                .map(l -> Problem.of(l.errorKey(), l.number() + " (" + l.text() + ")").about(String.valueOf(l.number())))
                .toList();
    }
}
