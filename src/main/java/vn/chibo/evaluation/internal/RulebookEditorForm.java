package vn.chibo.evaluation.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import vn.chibo.evaluation.ClassificationLevel;
import vn.chibo.evaluation.internal.RulebookDefinition.Classification;
import vn.chibo.evaluation.internal.RulebookDefinition.Comparison;
import vn.chibo.evaluation.internal.RulebookDefinition.Criterion;
import vn.chibo.evaluation.internal.RulebookDefinition.DecidingBody;
import vn.chibo.evaluation.internal.RulebookDefinition.Indicator;
import vn.chibo.evaluation.internal.RulebookDefinition.IndicatorKind;
import vn.chibo.evaluation.internal.RulebookDefinition.LevelRule;
import vn.chibo.evaluation.internal.RulebookDefinition.RecognitionRule;
import vn.chibo.evaluation.internal.RulebookDefinition.ReviewFrequency;
import vn.chibo.evaluation.internal.RulebookDefinition.Text;
import vn.chibo.shared.text.VietnameseText;

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

    /** A criterion (tiêu chí) with its indicators. */
    public static class CriterionRow {
        @Size(max = 30, message = "{validation.size.max}")
        private String code;
        @Size(max = 500, message = "{validation.size.max}")
        private String nameVi;
        @Size(max = 500, message = "{validation.size.max}")
        private String nameEn;
        private boolean adaptable;
        @Valid
        private List<IndicatorRow> indicators = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
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

        public boolean isAdaptable() {
            return adaptable;
        }

        public void setAdaptable(boolean adaptable) {
            this.adaptable = adaptable;
        }

        public List<IndicatorRow> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorRow> indicators) {
            this.indicators = indicators == null ? new ArrayList<>() : indicators;
        }
    }

    /** An indicator (chỉ tiêu). */
    public static class IndicatorRow {
        @Size(max = 30, message = "{validation.size.max}")
        private String code;
        @Size(max = 500, message = "{validation.size.max}")
        private String nameVi;
        @Size(max = 500, message = "{validation.size.max}")
        private String nameEn;
        private IndicatorKind kind = IndicatorKind.MET;
        private String maxPoints;
        private String threshold;
        private Comparison comparison;
        @Size(max = 20, message = "{validation.size.max}")
        private String unit;
        private boolean veto;
        @Size(max = 100, message = "{validation.size.max}")
        private String source;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
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

        public IndicatorKind getKind() {
            return kind;
        }

        public void setKind(IndicatorKind kind) {
            this.kind = kind;
        }

        public String getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(String maxPoints) {
            this.maxPoints = maxPoints;
        }

        public String getThreshold() {
            return threshold;
        }

        public void setThreshold(String threshold) {
            this.threshold = threshold;
        }

        public Comparison getComparison() {
            return comparison;
        }

        public void setComparison(Comparison comparison) {
            this.comparison = comparison;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public boolean isVeto() {
            return veto;
        }

        public void setVeto(boolean veto) {
            this.veto = veto;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    /** One level of a classification rulebook: its minimum score (score out of 100) or required share (criteria ratings). */
    public static class LevelRow {
        private ClassificationLevel level;
        private String minScore;
        private String sharePercent;

        public ClassificationLevel getLevel() {
            return level;
        }

        public void setLevel(ClassificationLevel level) {
            this.level = level;
        }

        public String getMinScore() {
            return minScore;
        }

        public void setMinScore(String minScore) {
            this.minScore = minScore;
        }

        public String getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(String sharePercent) {
            this.sharePercent = sharePercent;
        }
    }

    /** The settings of a classification rulebook (QĐ 124, QĐ 366); shares in percent. */
    public static class ClassificationSettings {
        private List<LevelRow> levels = new ArrayList<>();
        private String exceedingSharePercent;
        private String maxLateSharePercent;
        private boolean quotaEnabled;
        private String quotaMaxSharePercent;
        private boolean quotaIncludeExcellentInBase;
        private boolean quotaException;
        private String targetsMetBelowPercent;
        private String disciplinedSubordinatesAbovePercent;
        private String exemptionMonths;
        private RulebookDefinition.Enforcement collectivesBeforeMembers;
        private RulebookDefinition.Enforcement lowerLevelsFirst;

        public RulebookDefinition.Enforcement getCollectivesBeforeMembers() {
            return collectivesBeforeMembers;
        }

        public void setCollectivesBeforeMembers(RulebookDefinition.Enforcement collectivesBeforeMembers) {
            this.collectivesBeforeMembers = collectivesBeforeMembers;
        }

        public RulebookDefinition.Enforcement getLowerLevelsFirst() {
            return lowerLevelsFirst;
        }

        public void setLowerLevelsFirst(RulebookDefinition.Enforcement lowerLevelsFirst) {
            this.lowerLevelsFirst = lowerLevelsFirst;
        }

        public List<LevelRow> getLevels() {
            return levels;
        }

        public void setLevels(List<LevelRow> levels) {
            this.levels = levels == null ? new ArrayList<>() : levels;
        }

        public String getExceedingSharePercent() {
            return exceedingSharePercent;
        }

        public void setExceedingSharePercent(String exceedingSharePercent) {
            this.exceedingSharePercent = exceedingSharePercent;
        }

        public String getMaxLateSharePercent() {
            return maxLateSharePercent;
        }

        public void setMaxLateSharePercent(String maxLateSharePercent) {
            this.maxLateSharePercent = maxLateSharePercent;
        }

        public boolean isQuotaEnabled() {
            return quotaEnabled;
        }

        public void setQuotaEnabled(boolean quotaEnabled) {
            this.quotaEnabled = quotaEnabled;
        }

        public String getQuotaMaxSharePercent() {
            return quotaMaxSharePercent;
        }

        public void setQuotaMaxSharePercent(String quotaMaxSharePercent) {
            this.quotaMaxSharePercent = quotaMaxSharePercent;
        }

        public boolean isQuotaIncludeExcellentInBase() {
            return quotaIncludeExcellentInBase;
        }

        public void setQuotaIncludeExcellentInBase(boolean quotaIncludeExcellentInBase) {
            this.quotaIncludeExcellentInBase = quotaIncludeExcellentInBase;
        }

        public boolean isQuotaException() {
            return quotaException;
        }

        public void setQuotaException(boolean quotaException) {
            this.quotaException = quotaException;
        }

        public String getTargetsMetBelowPercent() {
            return targetsMetBelowPercent;
        }

        public void setTargetsMetBelowPercent(String targetsMetBelowPercent) {
            this.targetsMetBelowPercent = targetsMetBelowPercent;
        }

        public String getDisciplinedSubordinatesAbovePercent() {
            return disciplinedSubordinatesAbovePercent;
        }

        public void setDisciplinedSubordinatesAbovePercent(String disciplinedSubordinatesAbovePercent) {
            this.disciplinedSubordinatesAbovePercent = disciplinedSubordinatesAbovePercent;
        }

        public String getExemptionMonths() {
            return exemptionMonths;
        }

        public void setExemptionMonths(String exemptionMonths) {
            this.exemptionMonths = exemptionMonths;
        }
    }

    // ---- from and to the definition -------------------------------------------------------------

    public static RulebookEditorForm of(Rulebook rulebook, RulebookDefinition definition, Locale locale) {
        RulebookEditorForm form = new RulebookEditorForm();
        form.nameVi = rulebook.getNameVi();
        form.nameEn = rulebook.getNameEn();
        form.description = rulebook.getDescription();
        form.yearFrom = rulebook.getYearFrom();
        form.yearTo = rulebook.getYearTo();
        form.rowVersion = rulebook.getRowVersion();
        if (definition.recognition() != null) {
            form.recognitionRule = definition.recognition().rule();
            form.minPoints = number(definition.recognition().minPoints(), locale);
            form.atLeast = definition.recognition().atLeast() == null ? null : String.valueOf(definition.recognition().atLeast());
        }
        form.reviewFrequency = definition.reviewFrequency();
        form.decidedBy = definition.decidedBy();
        for (Criterion criterion : definition.criteria()) {
            CriterionRow row = new CriterionRow();
            row.code = criterion.code();
            row.nameVi = criterion.name() == null ? null : criterion.name().vi();
            row.nameEn = criterion.name() == null ? null : criterion.name().en();
            row.adaptable = criterion.adaptable();
            for (Indicator indicator : criterion.indicators()) {
                IndicatorRow i = new IndicatorRow();
                i.code = indicator.code();
                i.nameVi = indicator.name() == null ? null : indicator.name().vi();
                i.nameEn = indicator.name() == null ? null : indicator.name().en();
                i.kind = indicator.kind();
                i.maxPoints = number(indicator.maxPoints(), locale);
                i.threshold = number(indicator.threshold(), locale);
                i.comparison = indicator.comparison();
                i.unit = indicator.unit();
                i.veto = indicator.veto();
                i.source = indicator.source();
                row.indicators.add(i);
            }
            form.criteria.add(row);
        }
        Classification c = definition.classification();
        if (c != null) {
            ClassificationSettings s = new ClassificationSettings();
            for (LevelRule level : c.levels()) {
                LevelRow l = new LevelRow();
                l.level = level.level();
                l.minScore = number(level.minScore(), locale);
                l.sharePercent = level.shareAtLeast() == null ? null : percent(level.shareAtLeast().share(), locale);
                s.levels.add(l);
            }
            s.exceedingSharePercent = percent(c.exceedingShareMin(), locale);
            s.collectivesBeforeMembers = c.order().collectivesBeforeMembers();
            s.lowerLevelsFirst = c.order().lowerLevelsFirst();
            s.maxLateSharePercent = percent(c.maxLateShare(), locale);
            if (c.quota() != null) {
                s.quotaEnabled = c.quota().enabled();
                s.quotaMaxSharePercent = percent(c.quota().maxShare(), locale);
                s.quotaIncludeExcellentInBase = c.quota().includeExcellentInBase();
                s.quotaException = c.quota().exceptionWithJustification();
            }
            if (c.automaticFailure() != null) {
                s.targetsMetBelowPercent = percent(c.automaticFailure().targetsMetBelow(), locale);
                s.disciplinedSubordinatesAbovePercent = percent(c.automaticFailure().disciplinedSubordinatesAbove(), locale);
            }
            if (c.exemptions() != null && c.exemptions().admittedWithinMonths() != null) {
                s.exemptionMonths = String.valueOf(c.exemptions().admittedWithinMonths());
            }
            form.classification = s;
        }
        return form;
    }

    /**
     * The definition this form describes, built on the stored one (what the form does not show,
     * such as level conditions, is kept). Numbers that cannot be read are rejected on their field.
     */
    public RulebookDefinition toDefinition(RulebookDefinition stored, Errors errors) {
        RulebookDefinition.Recognition recognition = null;
        List<Criterion> newCriteria = stored.criteria();
        if (recognitionRule != null || !criteria.isEmpty() || stored.recognition() != null) {
            BigDecimal points = decimal(minPoints, "minPoints", errors);
            Integer k = integer(atLeast, "atLeast", errors);
            recognition = recognitionRule == null ? null : new RulebookDefinition.Recognition(recognitionRule,
                    recognitionRule == RecognitionRule.MIN_POINTS ? points : null,
                    recognitionRule == RecognitionRule.AT_LEAST_CRITERIA ? k : null);
            newCriteria = new ArrayList<>();
            for (int c = 0; c < criteria.size(); c++) {
                CriterionRow row = criteria.get(c);
                List<Indicator> indicators = new ArrayList<>();
                for (int i = 0; i < row.indicators.size(); i++) {
                    IndicatorRow ind = row.indicators.get(i);
                    String path = "criteria[" + c + "].indicators[" + i + "].";
                    BigDecimal max = decimal(ind.maxPoints, path + "maxPoints", errors);
                    BigDecimal threshold = decimal(ind.threshold, path + "threshold", errors);
                    indicators.add(new Indicator(code(ind.code), text(ind.nameVi, ind.nameEn), ind.kind,
                            ind.kind == IndicatorKind.POINTS ? max : null,
                            ind.kind == IndicatorKind.MET ? null : threshold,
                            ind.kind == IndicatorKind.MET || threshold == null ? null : ind.comparison,
                            ind.kind == IndicatorKind.MET ? null : VietnameseText.clean(ind.unit), ind.veto,
                            blankToNull(ind.source)));
                }
                newCriteria.add(new Criterion(code(row.code), text(row.nameVi, row.nameEn), row.adaptable, indicators));
            }
        }
        Classification newClassification = stored.classification();
        if (stored.classification() != null && classification != null) {
            newClassification = classification(stored.classification(), errors);
        }
        return new RulebookDefinition(recognition, reviewFrequency, decidedBy, newCriteria, newClassification);
    }

    private Classification classification(Classification stored, Errors errors) {
        ClassificationSettings s = classification;
        List<LevelRule> levels = new ArrayList<>();
        for (int l = 0; l < stored.levels().size(); l++) {
            LevelRule rule = stored.levels().get(l);
            LevelRow row = l < s.levels.size() ? s.levels.get(l) : null;
            if (row == null) {
                levels.add(rule);
                continue;
            }
            String path = "classification.levels[" + l + "].";
            BigDecimal minScore = rule.minScore() == null ? null : decimal(row.minScore, path + "minScore", errors);
            RulebookDefinition.ShareAtLeast share = rule.shareAtLeast();
            if (share != null) {
                BigDecimal value = fraction(row.sharePercent, path + "sharePercent", errors);
                share = new RulebookDefinition.ShareAtLeast(share.rating(), value);
            }
            levels.add(new LevelRule(rule.level(), rule.minScore() == null ? null : minScore, rule.allCriteriaAtLeast(), share,
                    rule.conditions(), rule.collectivesOnlyConditions()));
        }
        var quota = new RulebookDefinition.Quota(s.quotaEnabled,
                fraction(s.quotaMaxSharePercent, "classification.quotaMaxSharePercent", errors),
                s.quotaIncludeExcellentInBase, s.quotaException);
        BigDecimal targetsBelow = fraction(s.targetsMetBelowPercent, "classification.targetsMetBelowPercent", errors);
        BigDecimal disciplinedAbove = fraction(s.disciplinedSubordinatesAbovePercent,
                "classification.disciplinedSubordinatesAbovePercent", errors);
        Integer months = integer(s.exemptionMonths, "classification.exemptionMonths", errors);
        return new Classification(stored.method(), levels,
                fraction(s.exceedingSharePercent, "classification.exceedingSharePercent", errors),
                fraction(s.maxLateSharePercent, "classification.maxLateSharePercent", errors), quota,
                targetsBelow == null && disciplinedAbove == null ? null
                        : new RulebookDefinition.AutomaticFailure(targetsBelow, disciplinedAbove),
                months == null ? null : new RulebookDefinition.Exemptions(months),
                new RulebookDefinition.OrderRules(s.collectivesBeforeMembers, s.lowerLevelsFirst),
                stored.collectiveCriteria(), stored.memberCriteria());
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
        if (action == null) {
            return null;
        }
        String[] parts = action.split(":");
        int c = parts.length > 1 ? index(parts[1]) : -1;
        int i = parts.length > 2 ? index(parts[2]) : -1;
        boolean criterion = c >= 0 && c < criteria.size();
        List<IndicatorRow> indicators = criterion ? criteria.get(c).indicators : List.of();
        boolean indicator = criterion && i >= 0 && i < indicators.size();
        switch (parts[0]) {
            case "addCriterion" -> {
                if (criteria.size() < MAX_CRITERIA) {
                    CriterionRow row = new CriterionRow();
                    row.code = nextCode("C", criteria.stream().map(CriterionRow::getCode).toList());
                    criteria.add(row);
                    return "criterion-" + (criteria.size() - 1);
                }
            }
            case "removeCriterion" -> {
                if (criterion) {
                    criteria.remove(c);
                    return "criteria";
                }
            }
            case "upCriterion" -> {
                if (criterion && c > 0) {
                    criteria.add(c - 1, criteria.remove(c));
                    return "criterion-" + (c - 1);
                }
            }
            case "downCriterion" -> {
                if (criterion && c < criteria.size() - 1) {
                    criteria.add(c + 1, criteria.remove(c));
                    return "criterion-" + (c + 1);
                }
            }
            case "addIndicator" -> {
                if (criterion && indicators.size() < MAX_INDICATORS) {
                    IndicatorRow row = new IndicatorRow();
                    String prefix = criteria.get(c).code == null || criteria.get(c).code.isBlank() ? "C" + (c + 1)
                            : criteria.get(c).code.strip();
                    row.code = nextCode(prefix + ".", criteria.stream().flatMap(r -> r.indicators.stream())
                            .map(IndicatorRow::getCode).toList());
                    indicators.add(row);
                    return "indicator-" + c + "-" + (indicators.size() - 1);
                }
            }
            case "removeIndicator" -> {
                if (indicator) {
                    indicators.remove(i);
                    return "criterion-" + c;
                }
            }
            case "upIndicator" -> {
                if (indicator && i > 0) {
                    indicators.add(i - 1, indicators.remove(i));
                    return "indicator-" + c + "-" + (i - 1);
                }
            }
            case "downIndicator" -> {
                if (indicator && i < indicators.size() - 1) {
                    indicators.add(i + 1, indicators.remove(i));
                    return "indicator-" + c + "-" + (i + 1);
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static String nextCode(String prefix, List<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = prefix + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static int index(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- numbers and texts ---------------------------------------------------------------------

    /** A number as the locale writes it: a decimal comma in Vietnamese. */
    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return null;
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    static String percent(BigDecimal fraction, Locale locale) {
        return fraction == null ? null : number(fraction.multiply(BigDecimal.valueOf(100)), locale);
    }

    /** Reads a number typed with a decimal comma or point; a wrong one is rejected on its field. */
    static BigDecimal decimal(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = value.strip().replace(" ", "").replace(',', '.');
        try {
            BigDecimal number = new BigDecimal(normalized);
            if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                    || number.stripTrailingZeros().scale() > 4) {
                errors.rejectValue(field, "rulebook.editor.numberRange", "rulebook.editor.numberRange");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "rulebook.editor.number", "rulebook.editor.number");
            return null;
        }
    }

    private static BigDecimal fraction(String percentValue, String field, Errors errors) {
        BigDecimal percent = decimal(percentValue, field, errors);
        if (percent == null) {
            return null;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.rejectValue(field, "rulebook.editor.percent", "rulebook.editor.percent");
            return null;
        }
        return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static Integer integer(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0 || number > 1000) {
                errors.rejectValue(field, "rulebook.editor.numberRange", "rulebook.editor.numberRange");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "rulebook.editor.integer", "rulebook.editor.integer");
            return null;
        }
    }

    private static Text text(String vi, String en) {
        return new Text(VietnameseText.clean(vi), VietnameseText.clean(en));
    }

    private static String code(String value) {
        String clean = VietnameseText.clean(value);
        return clean == null ? null : clean.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
