package vn.chibo.emulation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organization a programme is deployed to. */
@Entity
@Table(name = "programme_subject")
public class ProgrammeSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private Long organizationId;
    private String orgPath;

    protected ProgrammeSubject() {
    }

    ProgrammeSubject(long programmeId, long organizationId, String orgPath) {
        this.programmeId = programmeId;
        this.organizationId = organizationId;
        this.orgPath = orgPath;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }
}
