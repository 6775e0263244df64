package vn.chibo.organization.internal;

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
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.text.VietnameseText;

/** A party organization in the tree; {@code path} is the materialized path of ids ('/1/4/17/'). */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long parentId;
    private String path;
    private int depth;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    @Enumerated(EnumType.STRING)
    private OrganizationCategory category;
    private String name;
    private String shortName;
    private String unitName;
    private String searchKey;
    private String sortKey;
    @Enumerated(EnumType.STRING)
    private OrganizationStatus status = OrganizationStatus.ACTIVE;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long successorId;
    private Long predecessorId;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Organization() {
    }

    Organization(OrganizationType type, OrganizationCategory category, String name, String shortName, String unitName,
                 LocalDate validFrom, Instant now) {
        this.type = type;
        this.category = category;
        this.validFrom = validFrom;
        rename(name, shortName, unitName, now);
        this.createdAt = now;
        this.updatedAt = createdAt;
        this.path = "/pending-" + System.nanoTime() + "/";
    }

    void rename(String newName, String newShortName, String newUnitName, Instant now) {
        this.name = VietnameseText.clean(newName);
        this.shortName = VietnameseText.clean(newShortName);
        this.unitName = VietnameseText.clean(newUnitName);
        this.searchKey = VietnameseText.searchKey(name + (shortName == null ? "" : " " + shortName));
        this.sortKey = VietnameseText.nameSortKey(name);
        touch(now);
    }

    /** Places the (already saved) organization under {@code parent}, or as a root. */
    void placeUnder(Organization parent, Instant now) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
        touch(now);
    }

    void update(OrganizationCategory newCategory, LocalDate newValidFrom, Instant now) {
        this.category = newCategory;
        this.validFrom = newValidFrom;
        touch(now);
    }

    void end(OrganizationStatus endStatus, LocalDate on, Long successor, Instant now) {
        this.status = endStatus;
        this.validTo = on;
        this.successorId = successor;
        touch(now);
    }

    /** After a bulk path rewrite, the moved root's own parent link. */
    void reattach(Long newParentId, Instant now) {
        this.parentId = newParentId;
        touch(now);
    }

    void changeType(OrganizationType newType) {
        this.type = newType;
    }

    void markSplitFrom(Long predecessor) {
        this.predecessorId = predecessor;
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    public OrganizationRef toRef() {
        return new OrganizationRef(id, parentId, name, type, category, status, path, depth, validFrom, validTo);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("shortName", shortName);
        values.put("unitName", unitName);
        values.put("type", type);
        values.put("category", category);
        values.put("parentId", parentId);
        values.put("path", path);
        values.put("status", status);
        values.put("validFrom", validFrom);
        values.put("validTo", validTo);
        values.put("successorId", successorId);
        return values;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public OrganizationType getType() {
        return type;
    }

    public OrganizationCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getUnitName() {
        return unitName;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
