package vn.chibo.inspection.internal;

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
 * Một biện pháp khắc phục: what is to be done, by whom, by when; the subject reports it done and
 * the inspector verifies it (hiệu quả or chưa hiệu quả) with a note and a date.
 */
@Entity
@Table(name = "remediation_action")
public class RemediationAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long findingId;
    private String content;
    private long ownerPersonId;
    private String ownerName;
    private LocalDate dueOn;
    private LocalDate completedOn;
    @Enumerated(EnumType.STRING)
    private Verification verification;
    private String verificationNote;
    private LocalDate verifiedOn;
    private String verifiedBy;
    private String orgPath;
    private String inspectingOrgPath;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected RemediationAction() {
    }

    RemediationAction(Finding finding, String content, long ownerPersonId, String ownerName, LocalDate dueOn, String createdBy, Instant now) {
        this.findingId = finding.getId();
        this.orgPath = finding.getOrgPath();
        this.inspectingOrgPath = finding.getInspectingOrgPath();
        this.content = content;
        this.ownerPersonId = ownerPersonId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void completed(LocalDate on) {
        this.completedOn = on;
    }

    void verify(Verification result, String note, LocalDate on, String by) {
        this.verification = result;
        this.verificationNote = note;
        this.verifiedOn = on;
        this.verifiedBy = by;
        if (result == Verification.INEFFECTIVE) {
            this.completedOn = null;
        }
    }

    /** Past its due date and neither reported done nor verified effective. */
    public boolean isOverdue(LocalDate today) {
        return completedOn == null && verification != Verification.EFFECTIVE && dueOn.isBefore(today);
    }

    public boolean isEffective() {
        return verification == Verification.EFFECTIVE;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("content", content);
        s.put("owner", ownerName);
        s.put("dueOn", dueOn);
        s.put("completedOn", completedOn);
        s.put("verification", verification);
        s.put("verificationNote", verificationNote);
        s.put("verifiedOn", verifiedOn);
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getFindingId() {
        return findingId;
    }

    public String getContent() {
        return content;
    }

    public long getOwnerPersonId() {
        return ownerPersonId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Verification getVerification() {
        return verification;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public long getVersion() {
        return version;
    }
}
