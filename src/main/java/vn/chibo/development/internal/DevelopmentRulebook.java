package vn.chibo.development.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One revision of the party development rule set (eligibility, dossier, working-day deadlines,
 * public holidays) for a year range, everywhere or for one organization's subtree.
 * Revisions are never changed: a change is the next revision.
 */
@Entity
@Table(name = "development_rulebook")
public class DevelopmentRulebook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int revision;
    private String name;
    private int yearFrom;
    private Integer yearTo;
    private Long ownerOrgId;
    private String ownerPath;
    private String definition;
    private String createdBy;
    private Instant createdAt;

    protected DevelopmentRulebook() {
    }

    DevelopmentRulebook(String code, int revision, String name, int yearFrom, Integer yearTo, Long ownerOrgId,
                      String ownerPath, String definition, String createdBy, Instant now) {
        this.code = code;
        this.revision = revision;
        this.name = name;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.ownerOrgId = ownerOrgId;
        this.ownerPath = ownerPath;
        this.definition = definition;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean covers(int year, String orgPath) {
        return yearFrom <= year && (yearTo == null || yearTo >= year)
                && (ownerPath == null || (orgPath != null && orgPath.startsWith(ownerPath)));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getRevision() { return revision; }
    public String getName() { return name; }
    public int getYearFrom() { return yearFrom; }
    public Integer getYearTo() { return yearTo; }
    public Long getOwnerOrgId() { return ownerOrgId; }
    public String getOwnerPath() { return ownerPath; }
    public String getDefinition() { return definition; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
