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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One subject of a classification round, an organization or a member: pending → self-classified
 * (tự đánh giá, xếp loại) → proposed (cơ quan tham mưu đề xuất) → decided (cấp có thẩm quyền quyết
 * định). A review step may return it with a reason. The grade the rulebook computes from the
 * declared inputs is kept beside each human judgement.
 */
@Entity
@Table(name = "classification_entry")
public class ClassificationEntry {

    public enum Kind { ORGANIZATION, MEMBER }

    public enum Status { PENDING, SELF_CLASSIFIED, PROPOSED, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    @Enumerated(EnumType.STRING)
    private Kind subjectKind;
    private Long subjectId;
    private String subjectName;
    private String sortKey;
    private Long organizationId;
    private String orgPath;
    private String orgType;
    private Long decidingOrgId;
    private String decidingOrgPath;
    private String quotaGroup;
    private Integer monthsSinceAdmission;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String inputs;
    @Enumerated(EnumType.STRING)
    private ClassificationGrade computedGrade;
    private String computedReasons;
    @Enumerated(EnumType.STRING)
    private ClassificationGrade selfGrade;
    private String selfComment;
    private String selfBy;
    @Enumerated(EnumType.STRING)
    private ClassificationGrade proposedGrade;
    private String proposalComment;
    private String proposedBy;
    @Enumerated(EnumType.STRING)
    private ClassificationGrade decidedGrade;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String differenceReason;
    private String quotaJustification;
    private String decidedBy;
    private String returnedReason;
    private Instant updatedAt;
    @Version
    private long version;

    protected ClassificationEntry() {
    }

    boolean isCollective() {
        return subjectKind == Kind.ORGANIZATION;
    }

    void compute(ClassificationInputs declared, ClassificationCalculator.Result result) {
        this.inputs = declared.toJson();
        this.computedGrade = ClassificationGrade.of(result);
        this.computedReasons = String.join(",", result.reasons());
    }

    void selfClassify(ClassificationGrade grade, String comment, String by, Instant now) {
        this.selfGrade = grade;
        this.selfComment = comment;
        this.selfBy = by;
        this.returnedReason = null;
        this.status = Status.SELF_CLASSIFIED;
        this.updatedAt = now;
    }

    void propose(ClassificationGrade grade, String comment, String by, Instant now) {
        this.proposedGrade = grade;
        this.proposalComment = comment;
        this.proposedBy = by;
        this.status = Status.PROPOSED;
        this.updatedAt = now;
    }

    void decide(ClassificationGrade grade, String number, LocalDate date, String reason, String justification, String by, Instant now) {
        this.decidedGrade = grade;
        this.decisionNumber = number;
        this.decisionDate = date;
        this.differenceReason = reason;
        this.quotaJustification = justification;
        this.decidedBy = by;
        this.status = Status.DECIDED;
        this.updatedAt = now;
    }

    void returnWithReason(String reason, Instant now) {
        this.returnedReason = reason;
        this.status = Status.PENDING;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("computedGrade", computedGrade);
        values.put("selfGrade", selfGrade);
        values.put("proposedGrade", proposedGrade);
        values.put("decidedGrade", decidedGrade);
        values.put("decisionNumber", decisionNumber);
        values.put("decisionDate", decisionDate);
        values.put("differenceReason", differenceReason);
        values.put("quotaJustification", quotaJustification);
        values.put("returnedReason", returnedReason);
        values.put("inputs", inputs);
        return values;
    }

    public ClassificationInputs declaredInputs() {
        return ClassificationInputs.fromJson(inputs);
    }

    public java.util.List<String> reasonKeys() {
        return computedReasons == null || computedReasons.isBlank() ? java.util.List.of()
                : java.util.List.of(computedReasons.split(","));
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Kind getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getOrgType() {
        return orgType;
    }

    public Long getDecidingOrgId() {
        return decidingOrgId;
    }

    public String getDecidingOrgPath() {
        return decidingOrgPath;
    }

    public String getQuotaGroup() {
        return quotaGroup;
    }

    public Integer getMonthsSinceAdmission() {
        return monthsSinceAdmission;
    }

    public Status getStatus() {
        return status;
    }

    public ClassificationGrade getComputedGrade() {
        return computedGrade;
    }

    public ClassificationGrade getSelfGrade() {
        return selfGrade;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public String getSelfBy() {
        return selfBy;
    }

    public ClassificationGrade getProposedGrade() {
        return proposedGrade;
    }

    public String getProposalComment() {
        return proposalComment;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public ClassificationGrade getDecidedGrade() {
        return decidedGrade;
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

    public String getQuotaJustification() {
        return quotaJustification;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
