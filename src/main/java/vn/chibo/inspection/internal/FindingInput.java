package vn.chibo.inspection.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.chibo.shared.text.VietnameseText;

/** Form and API body of a finding; the criterion code (e.g. 'C2.1' of Chi bộ 4 tốt) is optional free text. */
public class FindingInput implements java.io.Serializable {

    @NotNull(message = "{validation.required}")
    private FindingType type;
    @NotNull(message = "{validation.required}")
    private Severity severity = Severity.MEDIUM;
    @Size(max = 40, message = "{validation.size.max}")
    private String criterionCode;
    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    void clean() {
        description = VietnameseText.clean(description);
        criterionCode = VietnameseText.clean(criterionCode);
        if (criterionCode != null) {
            criterionCode = criterionCode.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        }
    }

    public FindingType getType() {
        return type;
    }

    public void setType(FindingType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public void setCriterionCode(String criterionCode) {
        this.criterionCode = criterionCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
