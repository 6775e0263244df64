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
 * One revision of a rulebook (quy chế): an emulation model or a classification rule set, for
 * everyone (no owner) or adapted by one organization for its subtree. A revision in use is
 * read-only; changing it means creating the next revision.
 */
@Entity
@Table(name = "rulebook")
public class Rulebook {

    public enum Kind {
        /** Mô hình thi đua ('Chi bộ 4 tốt'...). */
        EMULATION_MODEL,
        /** Xếp loại chất lượng hằng năm. */
        CLASSIFICATION
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

    public long getRowVersion() {
        return rowVersion;
    }
}
