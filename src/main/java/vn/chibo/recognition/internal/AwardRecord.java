package vn.chibo.recognition.internal;

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
import vn.chibo.shared.text.VietnameseText;

/**
 * Khen thưởng: one award to exactly one recipient (a collective or an individual), with its form,
 * issuing level, decision, reason and the campaign or model it belongs to (phong trào thi đua,
 * mô hình). One decision usually lists many recipients: each is a record with the same decision.
 */
@Entity
@Table(name = "award_record")
public class AwardRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType recipientKind;
    private Long personId;
    private Long recipientOrgId;
    private Long organizationId;
    private String orgPath;
    private String recipientName;
    private String searchKey;
    private String sortKey;
    @Enumerated(EnumType.STRING)
    private AwardType awardForm;
    @Enumerated(EnumType.STRING)
    private AwardLevel issuingLevel;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String issuedBy;
    private String reason;
    private String campaign;
    private String campaignKey;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected AwardRecord() {
    }

    AwardRecord(Subject recipient, String createdBy, Instant now) {
        this.recipientKind = recipient.type();
        this.personId = recipient.personId();
        this.recipientOrgId = recipient.subjectOrgId();
        this.organizationId = recipient.organizationId();
        this.orgPath = recipient.orgPath();
        this.recipientName = recipient.name();
        this.searchKey = recipient.searchKey();
        this.sortKey = recipient.sortKey();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void apply(AwardInput input, String reasonOverride, Instant now) {
        this.awardForm = input.getType();
        this.issuingLevel = input.getLevel();
        this.decisionNumber = input.getDecisionNumber();
        this.decisionDate = input.getDecisionDate();
        this.issuedBy = input.getIssuedBy();
        this.reason = reasonOverride != null ? reasonOverride : input.getReason();
        this.campaign = input.getCampaign();
        this.campaignKey = campaign == null ? null : VietnameseText.searchKey(campaign);
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("recipient", recipientName);
        s.put("type", awardForm);
        s.put("level", issuingLevel);
        s.put("decisionNumber", decisionNumber);
        s.put("decisionDate", decisionDate);
        s.put("issuedBy", issuedBy);
        s.put("reason", reason);
        s.put("campaign", campaign);
        return s;
    }

    public Long getId() {
        return id;
    }

    public SubjectType getRecipientKind() {
        return recipientKind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getRecipientOrgId() {
        return recipientOrgId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public AwardType getType() {
        return awardForm;
    }

    public AwardLevel getLevel() {
        return issuingLevel;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getCampaign() {
        return campaign;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
