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
import vn.chibo.shared.text.VietnameseText;

/**
 * Một cuộc kiểm tra hoặc giám sát: the subject (exactly one of a member or an organization), the
 * inspecting organization, kind, period, content, and the conclusion and its notice.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planItemId;
    @Enumerated(EnumType.STRING)
    private Activity activity;
    @Enumerated(EnumType.STRING)
    private InspectionKind inspectionKind;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectKind;
    private Long personId;
    private Long subjectOrgId;
    private String subjectName;
    private String searchKey;
    private Long organizationId;
    private String orgPath;
    private Long inspectingOrgId;
    private String inspectingOrgPath;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String content;
    @Enumerated(EnumType.STRING)
    private InspectionStatus status;
    private String conclusion;
    private String noticeNumber;
    private LocalDate noticeSentOn;
    private String noticeSentBy;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Inspection() {
    }

    Inspection(Subject subject, long inspectingOrgId, String inspectingOrgPath, Long planItemId, String createdBy, Instant now) {
        this.subjectKind = subject.type();
        this.personId = subject.personId();
        this.subjectOrgId = subject.subjectOrgId();
        this.subjectName = subject.name();
        this.searchKey = VietnameseText.searchKey(subject.name());
        this.organizationId = subject.organizationId();
        this.orgPath = subject.orgPath();
        this.inspectingOrgId = inspectingOrgId;
        this.inspectingOrgPath = inspectingOrgPath;
        this.planItemId = planItemId;
        this.status = InspectionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void apply(InspectionInput input, Instant now) {
        this.activity = input.getActivity();
        this.inspectionKind = input.getKind();
        this.startsOn = input.getStartsOn();
        this.endsOn = input.getEndsOn();
        this.content = input.getContent();
        this.updatedAt = now;
    }

    void conclude(String conclusion, String noticeNumber, Instant now) {
        this.conclusion = conclusion;
        this.noticeNumber = noticeNumber;
        this.status = InspectionStatus.CONCLUDED;
        this.updatedAt = now;
    }

    void noticeSent(LocalDate on, String by, Instant now) {
        this.noticeSentOn = on;
        this.noticeSentBy = by;
        this.status = InspectionStatus.NOTIFIED;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("activity", activity);
        s.put("kind", inspectionKind);
        s.put("subject", subjectName);
        s.put("startsOn", startsOn);
        s.put("endsOn", endsOn);
        s.put("content", content);
        s.put("status", status);
        s.put("conclusion", conclusion);
        s.put("noticeNumber", noticeNumber);
        s.put("noticeSentOn", noticeSentOn);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanItemId() {
        return planItemId;
    }

    public Activity getActivity() {
        return activity;
    }

    public InspectionKind getKind() {
        return inspectionKind;
    }

    public SubjectType getSubjectKind() {
        return subjectKind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getSubjectOrgId() {
        return subjectOrgId;
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

    public Long getInspectingOrgId() {
        return inspectingOrgId;
    }

    public String getInspectingOrgPath() {
        return inspectingOrgPath;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getContent() {
        return content;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }

    public String getNoticeSentBy() {
        return noticeSentBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
