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

/** Người dìu dắt: a cadre, party member or core member chosen for the role, with the training he received. */
@Entity
@Table(name = "mentor")
public class Mentor {

    /** Cán bộ, đảng viên or nòng cốt. */
    public enum Kind { CADRE, PARTY_MEMBER, CORE_MEMBER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long organizationId;
    private String orgPath;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String training;
    private LocalDate trainedOn;
    private boolean active;
    @Version
    private long version;
    private Instant createdAt;

    protected Mentor() {
    }

    Mentor(long personId, long organizationId, String orgPath, Kind kind, Instant now) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.kind = kind;
        this.active = true;
        this.createdAt = now;
    }

    void update(Kind kind, String training, LocalDate trainedOn, boolean active) {
        this.kind = kind;
        this.training = training;
        this.trainedOn = trainedOn;
        this.active = active;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("personId", personId);
        values.put("kind", kind);
        values.put("training", training);
        values.put("trainedOn", trainedOn);
        values.put("active", active);
        return values;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public Long getOrganizationId() { return organizationId; }
    public String getOrgPath() { return orgPath; }
    public Kind getKind() { return kind; }
    public String getTraining() { return training; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
