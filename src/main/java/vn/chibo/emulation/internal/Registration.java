package vn.chibo.emulation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Đăng ký thi đua: a subject registers for a programme, by a decision of one of its meetings. The
 * subject is the organization, or, for models that judge people (Đảng viên 5 tốt), one party member
 * of that organization ({@link #getPersonId()}).
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private Long organizationId;
    private String orgPath;
    private Long personId;
    private long personKey;
    private LocalDate registeredOn;
    private String meetingReference;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Registration() {
    }

    Registration(long programmeId, long organizationId, String orgPath, LocalDate registeredOn, String meetingReference,
                 String createdBy, Instant now) {
        this.programmeId = programmeId;
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.registeredOn = registeredOn;
        this.meetingReference = meetingReference;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A party member's own registration, filed in the cell he belongs to. */
    static Registration ofMember(long programmeId, long personId, long organizationId, String orgPath, LocalDate registeredOn,
                                 String meetingReference, String createdBy, Instant now) {
        Registration registration = new Registration(programmeId, organizationId, orgPath, registeredOn, meetingReference,
                createdBy, now);
        registration.personId = personId;
        registration.personKey = personId;
        return registration;
    }

    /** The member this registration belongs to; {@code null} when the organization itself registered. */
    public Long getPersonId() {
        return personId;
    }

    public boolean isMember() {
        return personId != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getMeetingReference() {
        return meetingReference;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
