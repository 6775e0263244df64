package vn.chibo.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.MeetingInvited;
import vn.chibo.meeting.MeetingMaterialPosted;
import vn.chibo.shared.web.Formats;

/** Invitations to meetings and materials posted for them. */
@Component
class MeetingNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Notifier notifier;
    private final Formats fmt;

    MeetingNotifications(Notifier notifier, Formats fmt) {
        this.notifier = notifier;
        this.fmt = fmt;
    }

    @ApplicationModuleListener
    void on(MeetingInvited event) {
        boolean placed = event.place() != null && !event.place().isBlank();
        String time = event.startTime() == null ? "" : TIME.format(event.startTime());
        notifier.deliver(new Notice(NotificationKind.MEETING_INVITED,
                placed ? "notification.meetingInvited" : "notification.meetingInvited.noPlace",
                List.of(Notice.KEY_ARG + "meeting.kind." + event.kind(), fmt.date(event.date()), time, placed ? event.place() : ""),
                "/meetings/" + event.meetingId(), "MEETING_INVITED:" + event.meetingId() + ":" + event.date()), event.personIds());
    }

    @ApplicationModuleListener
    void on(MeetingMaterialPosted event) {
        notifier.deliver(new Notice(NotificationKind.MATERIAL_POSTED, "notification.materialPosted",
                List.of(Notice.KEY_ARG + "meeting.kind." + event.kind(), fmt.date(event.date()), event.title()),
                "/meetings/" + event.meetingId(), "MATERIAL_POSTED:" + event.materialId()), event.personIds());
    }
}
