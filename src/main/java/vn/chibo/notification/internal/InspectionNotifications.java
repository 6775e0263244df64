package vn.chibo.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chibo.inspection.InspectionNoticeSent;
import vn.chibo.inspection.RemediationActionAssigned;
import vn.chibo.inspection.RemediationActionOverdue;
import vn.chibo.shared.web.Formats;

/** Remediation actions assigned or overdue (to their owner) and findings notified (to the inspected side). */
@Component
class InspectionNotifications {

    private final Notifier notifier;
    private final Recipients recipients;
    private final Formats fmt;

    InspectionNotifications(Notifier notifier, Recipients recipients, Formats fmt) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.fmt = fmt;
    }

    @ApplicationModuleListener
    void on(RemediationActionAssigned event) {
        notifier.deliver(new Notice(NotificationKind.ACTION_ASSIGNED, "notification.actionAssigned",
                List.of(event.content(), fmt.date(event.dueOn())), "/inspections/findings/" + event.findingId(),
                "ACTION_ASSIGNED:" + event.actionId()), List.of(event.ownerPersonId()));
    }

    @ApplicationModuleListener
    void on(RemediationActionOverdue event) {
        notifier.deliver(new Notice(NotificationKind.ACTION_OVERDUE, "notification.actionOverdue",
                List.of(event.content(), fmt.date(event.dueOn())), "/inspections/findings/" + event.findingId(),
                "ACTION_OVERDUE:" + event.actionId()), List.of(event.ownerPersonId()));
    }

    @ApplicationModuleListener
    void on(InspectionNoticeSent event) {
        List<Long> to = new ArrayList<>(event.personIds());
        if (event.subjectOrganizationId() != null) {
            to.addAll(recipients.leadersOf(event.subjectOrganizationId()));
        }
        notifier.deliver(new Notice(NotificationKind.FINDING_NOTIFIED, "notification.findingNotified",
                List.of(event.noticeNumber() == null ? "" : event.noticeNumber(), event.subjectName(), fmt.number(event.findings())),
                "/inspections/" + event.inspectionId(), "FINDING_NOTIFIED:" + event.inspectionId()), to);
    }
}
