package vn.chibo.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step in an organization's history, keeping what it was before (lịch sử tổ chức). */
@Entity
@Table(name = "organization_event")
public class OrganizationEvent {

    public enum Kind { CREATED, RENAMED, RETYPED, RECATEGORIZED, MOVED, MERGED_INTO, ABSORBED, SPLIT_INTO, SPLIT_FROM, DISSOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate effectiveOn;
    private String oldName;
    private String newName;
    private Long oldParentId;
    private Long newParentId;
    private String oldPath;
    private Long relatedId;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected OrganizationEvent() {
    }

    OrganizationEvent(long organizationId, Kind kind, LocalDate effectiveOn, String recordedBy, Instant now) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    OrganizationEvent names(String before, String after) {
        this.oldName = before;
        this.newName = after;
        return this;
    }

    OrganizationEvent parents(Long before, Long after, String pathBefore) {
        this.oldParentId = before;
        this.newParentId = after;
        this.oldPath = pathBefore;
        return this;
    }

    OrganizationEvent related(Long other) {
        this.relatedId = other;
        return this;
    }

    OrganizationEvent note(String text) {
        this.note = text;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public Long getOldParentId() {
        return oldParentId;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public String getOldPath() {
        return oldPath;
    }

    public Long getRelatedId() {
        return relatedId;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
