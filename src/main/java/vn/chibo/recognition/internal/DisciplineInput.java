package vn.chibo.recognition.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Form and API body of a discipline decision. The subject is exactly one of {@code personId} and {@code organizationId}. */
public class DisciplineInput {

    /** On the page: which of the two pickers counts (the other is ignored). */
    private SubjectType subjectType;
    private Long personId;
    private Long organizationId;
    @NotNull(message = "{validation.required}")
    private DisciplineMeasure measure;
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String decisionNumber;
    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate decisionDate;
    @Size(max = 255, message = "{validation.size.max}")
    private String issuedBy;
    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.size.max}")
    private String reason;
    private boolean selfDetected;
    private boolean leadershipCollective;
    private Long version;

    public static DisciplineInput of(DisciplineRecord record) {
        DisciplineInput input = new DisciplineInput();
        input.subjectType = record.getSubjectKind();
        input.personId = record.getPersonId();
        input.organizationId = record.getSubjectOrgId();
        input.measure = record.getMeasure();
        input.decisionNumber = record.getDecisionNumber();
        input.decisionDate = record.getDecisionDate();
        input.issuedBy = record.getIssuedBy();
        input.reason = record.getReason();
        input.selfDetected = record.isSelfDetected();
        input.leadershipCollective = record.isLeadershipCollective();
        input.version = record.getVersion();
        return input;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public DisciplineMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(DisciplineMeasure measure) {
        this.measure = measure;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSelfDetected() {
        return selfDetected;
    }

    public void setSelfDetected(boolean selfDetected) {
        this.selfDetected = selfDetected;
    }

    public boolean isLeadershipCollective() {
        return leadershipCollective;
    }

    public void setLeadershipCollective(boolean leadershipCollective) {
        this.leadershipCollective = leadershipCollective;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** Text fields NFC-normalized and trimmed, blanks as null. */
    void clean() {
        decisionNumber = vn.chibo.shared.text.VietnameseText.clean(decisionNumber);
        issuedBy = vn.chibo.shared.text.VietnameseText.clean(issuedBy);
        reason = vn.chibo.shared.text.VietnameseText.clean(reason);
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    /** Page forms choose the kind of subject first: the other picker's value is dropped. */
    public void keepChosenSubject() {
        if (subjectType == SubjectType.PERSON) {
            organizationId = null;
        } else if (subjectType == SubjectType.ORGANIZATION) {
            personId = null;
        }
    }
}
