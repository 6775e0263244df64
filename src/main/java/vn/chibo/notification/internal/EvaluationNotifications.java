package vn.chibo.notification.internal;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.EvaluationDecided;
import vn.chibo.emulation.EvaluationReturned;
import vn.chibo.shared.web.Formats;

/** Steps returned with a reason and decisions made, told to the member concerned or his organization's leaders. */
@Component
class EvaluationNotifications {

    private final Notifier notifier;
    private final Recipients recipients;
    private final Formats fmt;

    EvaluationNotifications(Notifier notifier, Recipients recipients, Formats fmt) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.fmt = fmt;
    }

    @ApplicationModuleListener
    void on(EvaluationReturned event) {
        notifier.deliver(new Notice(NotificationKind.STEP_RETURNED, "notification.returned." + event.step(),
                List.of(event.subjectName(), String.valueOf(event.year()), event.reason()), event.link(),
                "STEP_RETURNED:" + event.step() + ":" + event.recordId() + ":" + event.returnedAt().toEpochMilli()),
                recipients.of(event.personId(), event.organizationId()));
    }

    @ApplicationModuleListener
    void on(EvaluationDecided event) {
        notifier.deliver(new Notice(NotificationKind.DECISION_MADE, "notification.decided." + event.step(),
                List.of(event.subjectName(), String.valueOf(event.year()), Notice.KEY_ARG + event.outcomeKey(),
                        event.decisionNumber(), fmt.date(event.decisionDate())), event.link(),
                "DECISION_MADE:" + event.step() + ":" + event.recordId() + ":" + event.decisionNumber()),
                recipients.of(event.personId(), event.organizationId()));
    }
}
