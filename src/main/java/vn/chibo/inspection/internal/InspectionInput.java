package vn.chibo.inspection.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.shared.text.VietnameseText;

/** Form and API body of an inspection. The subject is exactly one of {@code personId} and {@code organizationId}. */
public class InspectionInput {

    private SubjectType subjectType;
    private Long personId;
    private Long organizationId;
    private Long inspectingOrgId;
    private Long planItemId;
    @NotNull(message = "{validation.required}")
    private Activity activity = Activity.INSPECTION;
    @NotNull(message = "{validation.required}")
    private InspectionKind kind;
    @NotNull(message = "{validation.required}")
    
    private LocalDate startsOn;
    @NotNull(message = "{validation.required}")
    
    private LocalDate endsOn;
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size.max}")
    private String content;
    private Long version;

    void clean() {
        content = VietnameseText.clean(content);
    }

    /** Page forms choose the kind of subject first: the other picker's value is dropped. */
    public void keepChosenSubject() {
        if (subjectType == SubjectType.PERSON) {
            organizationId = null;
        } else if (subjectType == SubjectType.ORGANIZATION) {
            personId = null;
        }
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getInspectingOrgId() {
        return inspectingOrgId;
    }

    public void setInspectingOrgId(Long inspectingOrgId) {
        this.inspectingOrgId = inspectingOrgId;
    }

    public Long getPlanItemId() {
        return planItemId;
    }

    public void setPlanItemId(Long planItemId) {
        this.planItemId = planItemId;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public void setKind(InspectionKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
