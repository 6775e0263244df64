package vn.chibo.mentoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.mentoring.MentoringOutcome;

/** Phân công dìu dắt: one mentee in a group, from start to end, with the goals set for him. */
@Entity
@Table(name = "mentoring_assignment")
public class MentoringAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long groupId;
    private Long mentorPersonId;
    private Long menteePersonId;
    private Long organizationId;
    private String orgPath;
    private LocalDate startDate;
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private MentoringOutcome endReason;
    private String goals;
    @Version
    private long version;
    private Instant createdAt;

    protected MentoringAssignment() {
    }

    MentoringAssignment(MentoringGroup group, long menteePersonId, LocalDate startDate, String goals, Instant now) {
        this.groupId = group.getId();
        this.mentorPersonId = group.getMentorPersonId();
        this.menteePersonId = menteePersonId;
        this.organizationId = group.getOrganizationId();
        this.orgPath = group.getOrgPath();
        this.startDate = startDate;
        this.goals = goals;
        this.createdAt = now;
    }

    void end(LocalDate on, MentoringOutcome reason) {
        this.endDate = on;
        this.endReason = reason;
    }

    void setGoals(String goals) {
        this.goals = goals;
    }

    public boolean isActive() {
        return endDate == null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("groupId", groupId);
        values.put("mentorPersonId", mentorPersonId);
        values.put("menteePersonId", menteePersonId);
        values.put("startDate", startDate);
        values.put("endDate", endDate);
        values.put("endReason", endReason);
        values.put("goals", goals);
        return values;
    }

    public Long getId() { return id; }
    public Long getGroupId() { return groupId; }
    public Long getMentorPersonId() { return mentorPersonId; }
    public Long getMenteePersonId() { return menteePersonId; }
    public Long getOrganizationId() { return organizationId; }
    public String getOrgPath() { return orgPath; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public MentoringOutcome getEndReason() { return endReason; }
    public String getGoals() { return goals; }
    public long getVersion() { return version; }
}
