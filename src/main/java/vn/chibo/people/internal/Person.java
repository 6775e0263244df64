package vn.chibo.people.internal;

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
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.text.VietnameseText;

/** A party member or a non-member (quần chúng), in the organization whose activity they belong to. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String searchKey;
    private String sortKey;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String identityNumber;
    private String militaryRank;
    private String positionTitle;
    private String education;
    private String phone;
    private Long organizationId;
    private String orgPath;
    @Enumerated(EnumType.STRING)
    private PartyStatus partyStatus;
    private LocalDate sympathiserSince;
    private LocalDate admittedOn;
    private LocalDate officialSince;
    private LocalDate leftOn;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Person() {
    }

    Person(long organizationId, String orgPath, PartyStatus status, Instant now) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.partyStatus = status;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void applyDetails(PersonForm form, Instant now) {
        this.fullName = VietnameseText.clean(form.getFullName());
        this.searchKey = VietnameseText.searchKey(fullName);
        this.sortKey = VietnameseText.personSortKey(fullName);
        this.birthDate = form.getBirthDate();
        this.gender = form.getGender();
        this.identityNumber = VietnameseText.clean(form.getIdentityNumber());
        this.militaryRank = VietnameseText.clean(form.getMilitaryRank());
        this.positionTitle = VietnameseText.clean(form.getPositionTitle());
        this.education = VietnameseText.clean(form.getEducation());
        this.phone = VietnameseText.clean(form.getPhone());
        this.updatedAt = now;
    }

    /** Dates of the party status, set once at creation; later they change only through status steps. */
    void applyStatusDates(PersonForm form) {
        this.sympathiserSince = form.getSympathiserSince();
        this.admittedOn = form.getAdmittedOn();
        this.officialSince = form.getOfficialSince();
    }

    void changeStatus(PartyStatus status, LocalDate on, Instant now) {
        switch (status) {
            case SYMPATHISER -> sympathiserSince = on;
            case PROBATIONARY -> admittedOn = on;
            case OFFICIAL -> officialSince = on;
            case STRUCK_OFF, DECEASED -> leftOn = on;
            case MASS -> leftOn = null;
        }
        this.partyStatus = status;
        this.updatedAt = now;
    }

    void moveTo(long newOrganizationId, String newOrgPath, Instant now) {
        this.organizationId = newOrganizationId;
        this.orgPath = newOrgPath;
        this.updatedAt = now;
    }

    public PersonRef toRef() {
        return new PersonRef(id, fullName, organizationId, orgPath, partyStatus);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", fullName);
        values.put("birthDate", birthDate);
        values.put("gender", gender);
        values.put("identityNumber", identityNumber);
        values.put("militaryRank", militaryRank);
        values.put("positionTitle", positionTitle);
        values.put("education", education);
        values.put("phone", phone);
        values.put("organizationId", organizationId);
        values.put("partyStatus", partyStatus);
        values.put("sympathiserSince", sympathiserSince);
        values.put("admittedOn", admittedOn);
        values.put("officialSince", officialSince);
        values.put("leftOn", leftOn);
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public String getMilitaryRank() {
        return militaryRank;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public String getEducation() {
        return education;
    }

    public String getPhone() {
        return phone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public PartyStatus getPartyStatus() {
        return partyStatus;
    }

    public LocalDate getSympathiserSince() {
        return sympathiserSince;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getOfficialSince() {
        return officialSince;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
