package vn.chibo.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * The conclusion notice of an inspection sent (thông báo kết luận): its findings are now notified to the subject.
 *
 * @param subjectOrganizationId the inspected organization (its leaders are told), or {@code null} for a member
 * @param personIds             the inspected member and the members named in its findings
 */
public record InspectionNoticeSent(long inspectionId, String orgPath, String subjectName, String noticeNumber, LocalDate sentOn,
                                   Long subjectOrganizationId, List<Long> personIds, int findings) {
}
