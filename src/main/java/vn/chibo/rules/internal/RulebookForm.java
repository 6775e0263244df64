package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookJson;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Edit form of a draft rulebook: names, years and the definition (JSON). */
public class RulebookForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 255, message = "{validation.size.max}")
    private String nameVi;
    @NotBlank(message = "{validation.required}")
    @Size(max = 255, message = "{validation.size.max}")
    private String nameEn;
    @Size(max = 4000, message = "{validation.size.max}")
    private String description;
    @NotNull(message = "{validation.required}")
    @Min(value = 1990, message = "{rulebook.year.range}")
    @Max(value = 2100, message = "{rulebook.year.range}")
    private Integer yearFrom;
    @Min(value = 1990, message = "{rulebook.year.range}")
    @Max(value = 2100, message = "{rulebook.year.range}")
    private Integer yearTo;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200000, message = "{validation.size.max}")
    private String definition;
    private Long rowVersion;

    public static RulebookForm of(Rulebook rulebook) {
        RulebookForm form = new RulebookForm();
        form.nameVi = rulebook.getNameVi();
        form.nameEn = rulebook.getNameEn();
        form.description = rulebook.getDescription();
        form.yearFrom = rulebook.getYearFrom();
        form.yearTo = rulebook.getYearTo();
        form.definition = RulebookJson.write(RulebookJson.parse(rulebook.getDefinitionJson()));
        form.rowVersion = rulebook.getRowVersion();
        return form;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(Long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
