package vn.chibo.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;

/** Create/edit form and API body for an organization. */
public class OrganizationForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 255, message = "{validation.size.max}")
    private String name;
    @Size(max = 100, message = "{validation.size.max}")
    private String shortName;
    @Size(max = 255, message = "{validation.size.max}")
    private String unitName;
    @NotNull(message = "{validation.required}")
    private OrganizationType type;
    @NotNull(message = "{validation.required}")
    private OrganizationCategory category;
    private Long parentId;
    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate validFrom;
    private Long version;

    public static OrganizationForm of(Organization organization) {
        OrganizationForm form = new OrganizationForm();
        form.name = organization.getName();
        form.shortName = organization.getShortName();
        form.unitName = organization.getUnitName();
        form.type = organization.getType();
        form.category = organization.getCategory();
        form.parentId = organization.getParentId();
        form.validFrom = organization.getValidFrom();
        form.version = organization.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public OrganizationCategory getCategory() {
        return category;
    }

    public void setCategory(OrganizationCategory category) {
        this.category = category;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
