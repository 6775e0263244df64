package vn.chibo.inspection;

import java.time.LocalDate;

/** A remediation action past its due date and not reported done; announced once, by the daily check. */
public record RemediationActionOverdue(long actionId, long findingId, String orgPath, long ownerPersonId, String content,
                                       LocalDate dueOn) {
}
