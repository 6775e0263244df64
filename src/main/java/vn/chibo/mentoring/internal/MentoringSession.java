package vn.chibo.mentoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buổi sinh hoạt tổ 3 người: topics (resolutions and directives, tasks, difficulties), difficulties
 * raised and resolved, notes shared with the group, private notes only the mentor reads, and the
 * mass organizations (Đoàn Thanh niên, Hội Phụ nữ, Hội đồng quân nhân) that took part.
 */
@Entity
@Table(name = "mentoring_session")
public class MentoringSession {

    /** Nội dung sinh hoạt. */
    public enum Topic { RESOLUTIONS, TASKS, DIFFICULTIES, OTHER }

    /** Tổ chức quần chúng phối hợp. */
    public enum MassOrganization { YOUTH_UNION, WOMEN_ASSOCIATION, SOLDIERS_COUNCIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private String orgPath;
    private LocalDate heldOn;
    private String topics;
    private String content;
    private String difficultiesRaised;
    private String difficultiesResolved;
    private String sharedNotes;
    private String privateNotes;
    private String massOrganizations;
    private Integer attendees;
    private String recordedBy;
    @Version
    private long version;
    private Instant createdAt;

    protected MentoringSession() {
    }

    MentoringSession(MentoringGroup group, SessionForm form, String recordedBy, Instant now) {
        this.groupId = group.getId();
        this.orgPath = group.getOrgPath();
        this.heldOn = form.getHeldOn();
        this.topics = String.join(",", form.getTopics().stream().map(Enum::name).toList());
        this.content = form.getContent();
        this.difficultiesRaised = form.getDifficultiesRaised();
        this.difficultiesResolved = form.getDifficultiesResolved();
        this.sharedNotes = form.getSharedNotes();
        this.privateNotes = form.getPrivateNotes();
        this.massOrganizations = form.getMassOrganizations() == null ? null
                : String.join(",", form.getMassOrganizations().stream().map(Enum::name).toList());
        this.attendees = form.getAttendees();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("groupId", groupId);
        values.put("heldOn", heldOn);
        values.put("topics", topics);
        values.put("difficultiesRaised", difficultiesRaised);
        values.put("difficultiesResolved", difficultiesResolved);
        values.put("massOrganizations", massOrganizations);
        values.put("attendees", attendees);
        // private notes stay out of the audit trail on purpose: only the mentor reads them
        return values;
    }

    public List<Topic> topicList() {
        return topics == null || topics.isBlank() ? List.of() : Arrays.stream(topics.split(",")).map(Topic::valueOf).toList();
    }

    public List<MassOrganization> massOrganizationList() {
        return massOrganizations == null || massOrganizations.isBlank() ? List.of()
                : Arrays.stream(massOrganizations.split(",")).map(MassOrganization::valueOf).toList();
    }

    public Long getId() { return id; }
    public Long getGroupId() { return groupId; }
    public String getOrgPath() { return orgPath; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getContent() { return content; }
    public String getDifficultiesRaised() { return difficultiesRaised; }
    public String getDifficultiesResolved() { return difficultiesResolved; }
    public String getSharedNotes() { return sharedNotes; }
    /** Only for the mentor: callers check {@link MentoringAccess#isMentorOf(MentoringGroup)}. */
    public String getPrivateNotes() { return privateNotes; }
    public Integer getAttendees() { return attendees; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
}
