package vn.chibo.mentoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tổ 3 người: a mentor and the masses or subordinates he mentors, belonging to one cell or unit. */
@Entity
@Table(name = "mentoring_group")
public class MentoringGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private String orgPath;
    private Long mentorPersonId;
    private String name;
    private LocalDate formedOn;
    private LocalDate endedOn;
    @Version
    private long version;
    private Instant createdAt;

    protected MentoringGroup() {
    }

    MentoringGroup(long organizationId, String orgPath, long mentorPersonId, String name, LocalDate formedOn, Instant now) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.mentorPersonId = mentorPersonId;
        this.name = name;
        this.formedOn = formedOn;
        this.createdAt = now;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    public boolean isActive() {
        return endedOn == null;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("organizationId", organizationId);
        values.put("mentorPersonId", mentorPersonId);
        values.put("formedOn", formedOn);
        values.put("endedOn", endedOn);
        return values;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public String getOrgPath() { return orgPath; }
    public Long getMentorPersonId() { return mentorPersonId; }
    public String getName() { return name; }
    public LocalDate getFormedOn() { return formedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public long getVersion() { return version; }
}
