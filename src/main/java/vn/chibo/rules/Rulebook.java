package vn.chibo.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One revision of a rule document in the one rule store: a rulebook (quy chế: an emulation model or a
 * classification rule set) or the rules of another module (meeting rubric, mentoring, party development,
 * inspection), for everyone (no owner) or adapted by one organization for its subtree. A revision in use
 * is read-only; changing it means creating the next revision.
 */
@Entity
@Table(name = "rulebook")
public class Rulebook {

    public enum Kind {
        /** Mô hình thi đua ('Chi bộ 4 tốt'...). */
        EMULATION_MODEL,
        /** Xếp loại chất lượng hằng năm. */
        CLASSIFICATION,
        /** Thang điểm sinh hoạt chi bộ (in force from a day, {@link Rulebook#getValidFrom()}). */
        MEETING_RUBRIC,
        /** Quy định dìu dắt quần chúng (tổ 3 người). */
        MENTORING,
        /** Điều kiện và thời hạn phát triển đảng viên. */
        DEVELOPMENT,
        /** Quy định kiểm tra, giám sát (repeat window, remediation period). */
        INSPECTION;

        private static final java.util.Set<Kind> RULEBOOKS = java.util.EnumSet.of(EMULATION_MODEL, CLASSIFICATION);

        /** The kinds edited with the structured rulebook editor (criteria trees); the others are edited as JSON. */
        public static java.util.Set<Kind> rulebooks() {
            return RULEBOOKS;
        }

        public boolean isRulebook() {
            return RULEBOOKS.contains(this);
        }
    }

    public enum Status { DRAFT, PUBLISHED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int revision;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;
    private String nameVi;
    private String nameEn;
    private String description;
    private int yearFrom;
    private Integer yearTo;
    private Long ownerOrgId;
    private String ownerPath;
    private Long basedOnId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private boolean inUse;
    @Column(name = "definition")
    private String definitionJson;
    private String createdBy;
    private Instant createdAt;
    private java.time.LocalDate validFrom;
    @Version
    private long rowVersion;

    protected Rulebook() {
    }

    public Rulebook(String code, int revision, Kind kind, SubjectKind subjectKind, String nameVi, String nameEn,
             String description, int yearFrom, Integer yearTo, Long ownerOrgId, String ownerPath, Long basedOnId,
             Status status, String definitionJson, String createdBy, Instant now) {
        this.code = code;
        this.revision = revision;
        this.kind = kind;
        this.subjectKind = subjectKind;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.description = description;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.ownerOrgId = ownerOrgId;
        this.ownerPath = ownerPath;
        this.basedOnId = basedOnId;
        this.status = status;
        this.definitionJson = definitionJson;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void edit(String newNameVi, String newNameEn, String newDescription, int newYearFrom, Integer newYearTo,
              String newDefinitionJson) {
        this.nameVi = newNameVi;
        this.nameEn = newNameEn;
        this.description = newDescription;
        this.yearFrom = newYearFrom;
        this.yearTo = newYearTo;
        this.definitionJson = newDefinitionJson;
    }

    /** The day a revision takes effect, for kinds that change within a year (meeting rubrics). */
    Rulebook effectiveFrom(java.time.LocalDate day) {
        this.validFrom = day;
        return this;
    }

    void publish() {
        this.status = Status.PUBLISHED;
    }

    void retire() {
        this.status = Status.RETIRED;
    }

    /** Marks the revision as used by a result: from now on it is read-only. */
    public void markInUse() {
        this.inUse = true;
    }

    public boolean isEditable() {
        return !inUse && status != Status.RETIRED;
    }

    public boolean appliesTo(int year) {
        return yearFrom <= year && (yearTo == null || year <= yearTo);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("revision", revision);
        values.put("nameVi", nameVi);
        values.put("nameEn", nameEn);
        values.put("yearFrom", yearFrom);
        values.put("yearTo", yearTo);
        values.put("status", status);
        values.put("definitionLength", definitionJson == null ? 0 : definitionJson.length());
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public Kind getKind() {
        return kind;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getDescription() {
        return description;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public Long getOwnerOrgId() {
        return ownerOrgId;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public Long getBasedOnId() {
        return basedOnId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isInUse() {
        return inUse;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public java.time.LocalDate getValidFrom() {
        return validFrom;
    }

    /** Whether the revision applies on a day to an organization (by path): years, first day and owner above it. */
    public boolean covers(java.time.LocalDate day, String orgPath) {
        return appliesTo(day.getYear()) && (validFrom == null || !validFrom.isAfter(day))
                && (ownerPath == null || (orgPath != null && orgPath.startsWith(ownerPath)));
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
