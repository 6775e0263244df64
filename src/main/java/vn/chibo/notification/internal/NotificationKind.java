package vn.chibo.notification.internal;

/** What a notification is about; each person chooses which kinds also reach him by e-mail. */
public enum NotificationKind {
    MEETING_INVITED, MATERIAL_POSTED, STEP_RETURNED, DECISION_MADE, ACTION_ASSIGNED, ACTION_OVERDUE, FINDING_NOTIFIED;

    public String labelKey() {
        return "notification.kind." + name();
    }
}
