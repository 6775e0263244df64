package vn.chibo.classification.internal;

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

/**
 * Đợt xếp loại chất lượng: an organization classifies, for one year, the party organizations below
 * it and their members by the classification rulebook in force that year (Quy định 124 or 366).
 */
@Entity
@Table(name = "classification_round")
public class ClassificationRound {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private String orgPath;
    private int roundYear;
    private Long rulebookId;
    private String name;
    private LocalDate selfDeadline;
    private LocalDate decisionDeadline;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected ClassificationRound() {
    }

    ClassificationRound(long organizationId, String orgPath, int year, long rulebookId, String name,
                        LocalDate selfDeadline, LocalDate decisionDeadline, String createdBy, Instant now) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.roundYear = year;
        this.rulebookId = rulebookId;
        this.name = name;
        this.selfDeadline = selfDeadline;
        this.decisionDeadline = decisionDeadline;
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void close() {
        this.status = Status.CLOSED;
    }

    void reopen() {
        this.status = Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public int getYear() {
        return roundYear;
    }

    public Long getRulebookId() {
        return rulebookId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSelfDeadline() {
        return selfDeadline;
    }

    public LocalDate getDecisionDeadline() {
        return decisionDeadline;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
