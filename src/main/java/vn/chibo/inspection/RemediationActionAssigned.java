package vn.chibo.inspection;

import java.time.LocalDate;

/** A remediation action (biện pháp khắc phục) given to its owner, with its due date. */
public record RemediationActionAssigned(long actionId, long findingId, String orgPath, long ownerPersonId, String content,
                                        LocalDate dueOn) {
}
