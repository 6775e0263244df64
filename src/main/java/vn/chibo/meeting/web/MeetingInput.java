package vn.chibo.meeting.web;

import jakarta.validation.constraints.Size;

/**
 * The meeting form as typed (dd/MM/yyyy, HH:mm, people by id): kept as text so that what was typed comes back
 * unchanged when the form is refused; {@link MeetingParams#form} reads it into a {@code MeetingForm}.
 */
public class MeetingInput {

    private String kind;
    private boolean combinedThematic;
    @Size(max = 500, message = "{validation.size.max}")
    private String topic;
    private String date;
    private String startTime;
    private String endTime;
    @Size(max = 255, message = "{validation.size.max}")
    private String place;
    private String chairId;
    private String minuteTakerId;
    @Size(max = 4000, message = "{validation.size.max}")
    private String agenda;
    private String version;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isCombinedThematic() {
        return combinedThematic;
    }

    public void setCombinedThematic(boolean combinedThematic) {
        this.combinedThematic = combinedThematic;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getChairId() {
        return chairId;
    }

    public void setChairId(String chairId) {
        this.chairId = chairId;
    }

    public String getMinuteTakerId() {
        return minuteTakerId;
    }

    public void setMinuteTakerId(String minuteTakerId) {
        this.minuteTakerId = minuteTakerId;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
