package vn.chibo.emulation.internal;

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

/**
 * Xét công nhận cuối năm: draft → self-assessed (the subject) → proposed (the advisory body of the
 * deciding organization) → decided (recognised or not, with decision number and date). Any review
 * step may return it with a reason. The rulebook revision used is kept.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public enum Status { DRAFT, SELF_ASSESSED, PROPOSED, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long registrationId;
    private Long rulebookId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Boolean computedRecognised;
    private Boolean selfRecognised;
    private String selfComment;
    private String selfBy;
    private Boolean proposedRecognised;
    private String proposalComment;
    private String proposedBy;
    private Boolean decidedRecognised;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String differenceReason;
    private String decidedBy;
    private String returnedReason;
    private Instant updatedAt;
    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(long registrationId, long rulebookId, Instant now) {
        this.registrationId = registrationId;
        this.rulebookId = rulebookId;
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    void selfAssess(boolean computed, boolean recognised, String comment, String by, Instant now) {
        this.computedRecognised = computed;
        this.selfRecognised = recognised;
        this.selfComment = comment;
        this.selfBy = by;
        this.returnedReason = null;
        this.status = Status.SELF_ASSESSED;
        this.updatedAt = now;
    }

    void propose(boolean computed, boolean recognised, String comment, String by, Instant now) {
        this.computedRecognised = computed;
        this.proposedRecognised = recognised;
        this.proposalComment = comment;
        this.proposedBy = by;
        this.status = Status.PROPOSED;
        this.updatedAt = now;
    }

    void decide(boolean computed, boolean recognised, String number, LocalDate date, String reason, String by, Instant now) {
        this.computedRecognised = computed;
        this.decidedRecognised = recognised;
        this.decisionNumber = number;
        this.decisionDate = date;
        this.differenceReason = reason;
        this.decidedBy = by;
        this.status = Status.DECIDED;
        this.updatedAt = now;
    }

    void returnWithReason(String reason, Instant now) {
        this.returnedReason = reason;
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("computedRecognised", computedRecognised);
        values.put("selfRecognised", selfRecognised);
        values.put("proposedRecognised", proposedRecognised);
        values.put("decidedRecognised", decidedRecognised);
        values.put("decisionNumber", decisionNumber);
        values.put("decisionDate", decisionDate);
        values.put("differenceReason", differenceReason);
        values.put("returnedReason", returnedReason);
        return values;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getRulebookId() {
        return rulebookId;
    }

    public Status getStatus() {
        return status;
    }

    public Boolean getComputedRecognised() {
        return computedRecognised;
    }

    public Boolean getSelfRecognised() {
        return selfRecognised;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public String getSelfBy() {
        return selfBy;
    }

    public Boolean getProposedRecognised() {
        return proposedRecognised;
    }

    public String getProposalComment() {
        return proposalComment;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Boolean getDecidedRecognised() {
        return decidedRecognised;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public long getVersion() {
        return version;
    }
}
