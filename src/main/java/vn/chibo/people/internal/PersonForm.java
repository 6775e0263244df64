package vn.chibo.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;

/** Create/edit form and API body for a person. Organization and status are set on create; later they change by transfer and status steps. */
public class PersonForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String fullName;
    @Past(message = "{validation.date.past}")
    
    private LocalDate birthDate;
    @NotNull(message = "{validation.required}")
    private Gender gender;
    @Size(max = 30, message = "{validation.size.max}")
    @Pattern(regexp = "^([0-9]{9,12})?$", message = "{person.identityNumber.format}")
    private String identityNumber;
    @Size(max = 40, message = "{validation.size.max}")
    private String militaryRank;
    @Size(max = 200, message = "{validation.size.max}")
    private String positionTitle;
    @Size(max = 50, message = "{validation.size.max}")
    private String education;
    @Size(max = 30, message = "{validation.size.max}")
    @Pattern(regexp = "^[0-9 +.]*$", message = "{person.phone.format}")
    private String phone;
    private Long organizationId;
    private PartyStatus partyStatus;
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate sympathiserSince;
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate admittedOn;
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate officialSince;
    private Long version;

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.fullName = person.getFullName();
        form.birthDate = person.getBirthDate();
        form.gender = person.getGender();
        form.identityNumber = person.getIdentityNumber();
        form.militaryRank = person.getMilitaryRank();
        form.positionTitle = person.getPositionTitle();
        form.education = person.getEducation();
        form.phone = person.getPhone();
        form.organizationId = person.getOrganizationId();
        form.partyStatus = person.getPartyStatus();
        form.sympathiserSince = person.getSympathiserSince();
        form.admittedOn = person.getAdmittedOn();
        form.officialSince = person.getOfficialSince();
        form.version = person.getVersion();
        return form;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public void setIdentityNumber(String identityNumber) {
        this.identityNumber = identityNumber;
    }

    public String getMilitaryRank() {
        return militaryRank;
    }

    public void setMilitaryRank(String militaryRank) {
        this.militaryRank = militaryRank;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public PartyStatus getPartyStatus() {
        return partyStatus;
    }

    public void setPartyStatus(PartyStatus partyStatus) {
        this.partyStatus = partyStatus;
    }

    public LocalDate getSympathiserSince() {
        return sympathiserSince;
    }

    public void setSympathiserSince(LocalDate sympathiserSince) {
        this.sympathiserSince = sympathiserSince;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }

    public LocalDate getOfficialSince() {
        return officialSince;
    }

    public void setOfficialSince(LocalDate officialSince) {
        this.officialSince = officialSince;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
