package vn.chibo.emulation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Kế hoạch triển khai: a model deployed for a year by an organization to chosen subjects, with a target. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long rulebookId;
    @jakarta.persistence.Column(name = "programme_year")
    private int year;
    private String name;
    private Long organizationId;
    private String orgPath;
    private boolean pilot;
    private BigDecimal targetPercent;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Programme() {
    }

    Programme(long rulebookId, int year, String name, long organizationId, String orgPath, boolean pilot,
              BigDecimal targetPercent, String createdBy, Instant now) {
        this.rulebookId = rulebookId;
        this.year = year;
        this.name = name;
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.pilot = pilot;
        this.targetPercent = targetPercent;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getRulebookId() {
        return rulebookId;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public boolean isPilot() {
        return pilot;
    }

    public BigDecimal getTargetPercent() {
        return targetPercent;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
