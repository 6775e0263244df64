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

/**
 * Quyết định kỷ luật: the subject (exactly one of a member or a party organization), the measure,
 * the decision, the reason, and whether the member detected and corrected the fault himself
 * (tự phát hiện, khắc phục), or whether the organization's leadership collective was disciplined.
 */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectKind;
    private Long personId;
    private Long subjectOrgId;
    private Long organizationId;
    private String orgPath;
    private String subjectName;
    private String searchKey;
    private String sortKey;
    @Enumerated(EnumType.STRING)
    private DisciplineMeasure disciplineForm;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String issuedBy;
    private String reason;
    private boolean selfDetected;
    private boolean leadershipCollective;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected DisciplineRecord() {
    }

    DisciplineRecord(Subject subject, String createdBy, Instant now) {
        this.subjectKind = subject.type();
        this.personId = subject.personId();
        this.subjectOrgId = subject.subjectOrgId();
        this.organizationId = subject.organizationId();
        this.orgPath = subject.orgPath();
        this.subjectName = subject.name();
        this.searchKey = subject.searchKey();
        this.sortKey = subject.sortKey();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void apply(DisciplineInput input, Instant now) {
        this.disciplineForm = input.getMeasure();
        this.decisionNumber = input.getDecisionNumber();
        this.decisionDate = input.getDecisionDate();
        this.issuedBy = input.getIssuedBy();
        this.reason = input.getReason();
        this.selfDetected = subjectKind == SubjectType.PERSON && input.isSelfDetected();
        this.leadershipCollective = subjectKind == SubjectType.ORGANIZATION && input.isLeadershipCollective();
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subjectName);
        s.put("measure", disciplineForm);
        s.put("decisionNumber", decisionNumber);
        s.put("decisionDate", decisionDate);
        s.put("issuedBy", issuedBy);
        s.put("reason", reason);
        s.put("selfDetected", selfDetected);
        s.put("leadershipCollective", leadershipCollective);
        return s;
    }

    public Long getId() {
        return id;
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

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public DisciplineMeasure getMeasure() {
        return disciplineForm;
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

    public boolean isSelfDetected() {
        return selfDetected;
    }

    public boolean isLeadershipCollective() {
        return leadershipCollective;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
