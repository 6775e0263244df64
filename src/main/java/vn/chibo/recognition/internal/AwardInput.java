package vn.chibo.recognition.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.shared.text.VietnameseText;

/**
 * Form and API body of an award decision. For one recipient: exactly one of {@code personId} and
 * {@code organizationId}; for bulk entry: {@code recipients}, one per line, with an optional reason
 * after a semicolon.
 */
public class AwardInput {

    /** On the page: which of the two pickers counts (the other is ignored). */
    private SubjectType subjectType;
    private Long personId;
    private Long organizationId;
    @NotNull(message = "{validation.required}")
    private AwardType type;
    @NotNull(message = "{validation.required}")
    private AwardLevel level;
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
    @Size(max = 200, message = "{validation.size.max}")
    private String campaign;
    /** Bulk entry: the organization under which the listed recipients are looked up. */
    private Long scopeOrganizationId;
    @Size(max = 100000, message = "{validation.size.max}")
    private String recipients;
    private Long version;

    public static AwardInput of(AwardRecord record) {
        AwardInput input = new AwardInput();
        input.subjectType = record.getRecipientKind();
        input.personId = record.getPersonId();
        input.organizationId = record.getRecipientOrgId();
        input.type = record.getType();
        input.level = record.getLevel();
        input.decisionNumber = record.getDecisionNumber();
        input.decisionDate = record.getDecisionDate();
        input.issuedBy = record.getIssuedBy();
        input.reason = record.getReason();
        input.campaign = record.getCampaign();
        input.version = record.getVersion();
        return input;
    }

    void clean() {
        decisionNumber = VietnameseText.clean(decisionNumber);
        issuedBy = VietnameseText.clean(issuedBy);
        reason = VietnameseText.clean(reason);
        campaign = VietnameseText.clean(campaign);
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

    public AwardType getType() {
        return type;
    }

    public void setType(AwardType type) {
        this.type = type;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
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

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Long getScopeOrganizationId() {
        return scopeOrganizationId;
    }

    public void setScopeOrganizationId(Long scopeOrganizationId) {
        this.scopeOrganizationId = scopeOrganizationId;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
