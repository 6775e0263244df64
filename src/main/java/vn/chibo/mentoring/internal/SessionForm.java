package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.mentoring.internal.MentoringSession.MassOrganization;
import vn.chibo.mentoring.internal.MentoringSession.Topic;

/** What a mentor types after a group session (quick entry on a phone: date and topics are enough). */
public class SessionForm implements java.io.Serializable {

    private LocalDate heldOn;
    private List<Topic> topics = new ArrayList<>();
    private String content;
    private String difficultiesRaised;
    private String difficultiesResolved;
    private String sharedNotes;
    private String privateNotes;
    private List<MassOrganization> massOrganizations = new ArrayList<>();
    private Integer attendees;

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public List<Topic> getTopics() { return topics; }
    public void setTopics(List<Topic> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getDifficultiesRaised() { return difficultiesRaised; }
    public void setDifficultiesRaised(String difficultiesRaised) { this.difficultiesRaised = difficultiesRaised; }
    public String getDifficultiesResolved() { return difficultiesResolved; }
    public void setDifficultiesResolved(String difficultiesResolved) { this.difficultiesResolved = difficultiesResolved; }
    public String getSharedNotes() { return sharedNotes; }
    public void setSharedNotes(String sharedNotes) { this.sharedNotes = sharedNotes; }
    public String getPrivateNotes() { return privateNotes; }
    public void setPrivateNotes(String privateNotes) { this.privateNotes = privateNotes; }
    public List<MassOrganization> getMassOrganizations() { return massOrganizations; }
    public void setMassOrganizations(List<MassOrganization> massOrganizations) {
        this.massOrganizations = massOrganizations == null ? new ArrayList<>() : massOrganizations;
    }
    public Integer getAttendees() { return attendees; }
    public void setAttendees(Integer attendees) { this.attendees = attendees; }
}
