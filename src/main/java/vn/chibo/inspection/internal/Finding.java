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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kết quả kiểm tra: a strength, shortcoming or violation found by an inspection, with its severity
 * and the model criterion it concerns; shortcomings and violations go through remediation
 * (OPEN, HANDLED, CLOSED) and may repeat an earlier finding on the same subject and criterion.
 */
@Entity
@Table(name = "inspection_finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long inspectionId;
    @Enumerated(EnumType.STRING)
    private FindingType findingType;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String criterionCode;
    private String description;
    private Long personId;
    private Long subjectOrgId;
    private String orgPath;
    private String inspectingOrgPath;
    @Enumerated(EnumType.STRING)
    private FindingStatus status;
    private LocalDate foundOn;
    private LocalDate handledOn;
    private LocalDate closedOn;
    private Integer daysToClose;
    private Long repeatOfId;
    private Long ruleSetId;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Finding() {
    }

    Finding(Inspection inspection, FindingInput input, LocalDate foundOn, String createdBy, Instant now) {
        this.inspectionId = inspection.getId();
        this.personId = inspection.getPersonId();
        this.subjectOrgId = inspection.getSubjectOrgId();
        this.orgPath = inspection.getOrgPath();
        this.inspectingOrgPath = inspection.getInspectingOrgPath();
        this.findingType = input.getType();
        this.severity = input.getSeverity();
        this.criterionCode = input.getCriterionCode();
        this.description = input.getDescription();
        this.status = findingType.needsRemediation() ? FindingStatus.OPEN : FindingStatus.NOTED;
        this.foundOn = foundOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void markRepeatOf(Long earlierId, Long ruleSetId) {
        this.repeatOfId = earlierId;
        this.ruleSetId = ruleSetId;
    }

    void handled(LocalDate on) {
        this.status = FindingStatus.HANDLED;
        this.handledOn = on;
    }

    void reopen() {
        this.status = FindingStatus.OPEN;
        this.handledOn = null;
    }

    void close(LocalDate on) {
        this.status = FindingStatus.CLOSED;
        this.closedOn = on;
        this.daysToClose = (int) ChronoUnit.DAYS.between(foundOn, on);
    }

    /** Days from the finding to its closing (khắc phục xong), or to today while still open. */
    public long daysOpen(LocalDate today) {
        return ChronoUnit.DAYS.between(foundOn, closedOn != null ? closedOn : today);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", findingType);
        s.put("severity", severity);
        s.put("criterionCode", criterionCode);
        s.put("description", description);
        s.put("status", status);
        s.put("foundOn", foundOn);
        s.put("repeatOf", repeatOfId);
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public FindingType getType() {
        return findingType;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public String getDescription() {
        return description;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getSubjectOrgId() {
        return subjectOrgId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getInspectingOrgPath() {
        return inspectingOrgPath;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getHandledOn() {
        return handledOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Integer getDaysToClose() {
        return daysToClose;
    }

    public Long getRepeatOfId() {
        return repeatOfId;
    }

    public boolean isRepeat() {
        return repeatOfId != null;
    }

    public long getVersion() {
        return version;
    }
}
