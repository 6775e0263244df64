package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookJson;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import vn.chibo.rules.RulebookDefinition.DecidingBody;
import vn.chibo.rules.RulebookDefinition.RecognitionRule;
import vn.chibo.rules.RulebookDefinition.ReviewFrequency;

/**
 * The structured editor of a draft rulebook: names and years, the recognition rule and the
 * criteria tree of an emulation model, or the settings of a classification rulebook. Numbers are
 * kept as typed (text) so that nothing is lost when one is wrong; shares are shown as percentages.
 * Field paths ({@code criteria[0].indicators[1].code}) are those of the page and of the problems
 * {@link RulebookJson#problems} reports.
 */
public class RulebookEditorForm {

    /** Upper bounds that keep a posted form (and the page rendering it) small. */
    static final int MAX_CRITERIA = 30;
    static final int MAX_INDICATORS = 40;

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
    private Long rowVersion;

    private RecognitionRule recognitionRule;
    private String minPoints;
    private String atLeast;
    private ReviewFrequency reviewFrequency;
    private DecidingBody decidedBy;
    @Valid
    private List<CriterionRow> criteria = new ArrayList<>();
    @Valid
    private ClassificationSettings classification;

    // ---- from and to the definition -------------------------------------------------------------

    public static RulebookEditorForm of(Rulebook rulebook, RulebookDefinition definition, Locale locale) {
        return EditorDefinitions.formOf(rulebook, definition, locale);
    }

    /**
     * The definition this form describes, built on the stored one (what the form does not show,
     * such as level conditions, is kept). Numbers that cannot be read are rejected on their field.
     */
    public RulebookDefinition toDefinition(RulebookDefinition stored, Errors errors) {
        return EditorDefinitions.definitionOf(this, stored, errors);
    }

    // ---- structure changes (add, remove, move) -----------------------------------------------

    /**
     * Applies a button of the editor: {@code addCriterion}, {@code removeCriterion:c},
     * {@code upCriterion:c}, {@code downCriterion:c}, {@code addIndicator:c},
     * {@code removeIndicator:c:i}, {@code upIndicator:c:i}, {@code downIndicator:c:i}.
     * Unknown actions and indexes out of range change nothing.
     *
     * @return the anchor of the row to show after the change, or null
     */
    public String apply(String action) {
        return EditorStructure.apply(criteria, action);
    }

    /** The identity part as the JSON edit form, with the given definition: what the service saves. */
    public RulebookForm toRulebookForm(String definitionJson) {
        RulebookForm form = new RulebookForm();
        form.setNameVi(nameVi);
        form.setNameEn(nameEn);
        form.setDescription(description);
        form.setYearFrom(yearFrom);
        form.setYearTo(yearTo);
        form.setRowVersion(rowVersion);
        form.setDefinition(definitionJson);
        return form;
    }

    // ---- accessors ----------------------------------------------------------------------------

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

    public Long getRowVersion() {
        return rowVersion;
    }

    public void setRowVersion(Long rowVersion) {
        this.rowVersion = rowVersion;
    }

    public RecognitionRule getRecognitionRule() {
        return recognitionRule;
    }

    public void setRecognitionRule(RecognitionRule recognitionRule) {
        this.recognitionRule = recognitionRule;
    }

    public String getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(String minPoints) {
        this.minPoints = minPoints;
    }

    public String getAtLeast() {
        return atLeast;
    }

    public void setAtLeast(String atLeast) {
        this.atLeast = atLeast;
    }

    public ReviewFrequency getReviewFrequency() {
        return reviewFrequency;
    }

    public void setReviewFrequency(ReviewFrequency reviewFrequency) {
        this.reviewFrequency = reviewFrequency;
    }

    public DecidingBody getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(DecidingBody decidedBy) {
        this.decidedBy = decidedBy;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : criteria;
    }

    public ClassificationSettings getClassification() {
        return classification;
    }

    public void setClassification(ClassificationSettings classification) {
        this.classification = classification;
    }
}
