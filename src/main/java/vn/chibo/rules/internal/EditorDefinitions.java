package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;

import static vn.chibo.rules.internal.EditorNumbers.blankToNull;
import static vn.chibo.rules.internal.EditorNumbers.code;
import static vn.chibo.rules.internal.EditorNumbers.decimal;
import static vn.chibo.rules.internal.EditorNumbers.fraction;
import static vn.chibo.rules.internal.EditorNumbers.integer;
import static vn.chibo.rules.internal.EditorNumbers.number;
import static vn.chibo.rules.internal.EditorNumbers.percent;
import static vn.chibo.rules.internal.EditorNumbers.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.Errors;
import vn.chibo.rules.RulebookDefinition.Classification;
import vn.chibo.rules.RulebookDefinition.Criterion;
import vn.chibo.rules.RulebookDefinition.Indicator;
import vn.chibo.rules.RulebookDefinition.IndicatorKind;
import vn.chibo.rules.RulebookDefinition.LevelRule;
import vn.chibo.rules.RulebookDefinition.RecognitionRule;
import vn.chibo.shared.text.VietnameseText;

/** The rulebook editor's form from a stored definition, and the definition back from the form. */
final class EditorDefinitions {

    private EditorDefinitions() {
    }

    static RulebookEditorForm formOf(Rulebook rulebook, RulebookDefinition definition, Locale locale) {
        RulebookEditorForm form = new RulebookEditorForm();
        form.setNameVi(rulebook.getNameVi());
        form.setNameEn(rulebook.getNameEn());
        form.setDescription(rulebook.getDescription());
        form.setYearFrom(rulebook.getYearFrom());
        form.setYearTo(rulebook.getYearTo());
        form.setRowVersion(rulebook.getRowVersion());
        if (definition.recognition() != null) {
            form.setRecognitionRule(definition.recognition().rule());
            form.setMinPoints(number(definition.recognition().minPoints(), locale));
            form.setAtLeast(definition.recognition().atLeast() == null ? null : String.valueOf(definition.recognition().atLeast()));
        }
        form.setReviewFrequency(definition.reviewFrequency());
        form.setDecidedBy(definition.decidedBy());
        for (Criterion criterion : definition.criteria()) {
            CriterionRow row = new CriterionRow();
            row.setCode(criterion.code());
            row.setNameVi(criterion.name() == null ? null : criterion.name().vi());
            row.setNameEn(criterion.name() == null ? null : criterion.name().en());
            row.setAdaptable(criterion.adaptable());
            for (Indicator indicator : criterion.indicators()) {
                IndicatorRow i = new IndicatorRow();
                i.setCode(indicator.code());
                i.setNameVi(indicator.name() == null ? null : indicator.name().vi());
                i.setNameEn(indicator.name() == null ? null : indicator.name().en());
                i.setKind(indicator.kind());
                i.setMaxPoints(number(indicator.maxPoints(), locale));
                i.setThreshold(number(indicator.threshold(), locale));
                i.setComparison(indicator.comparison());
                i.setUnit(indicator.unit());
                i.setVeto(indicator.veto());
                i.setSource(indicator.source());
                row.getIndicators().add(i);
            }
            form.getCriteria().add(row);
        }
        if (definition.classification() != null) {
            form.setClassification(settingsOf(definition.classification(), locale));
        }
        return form;
    }

    private static ClassificationSettings settingsOf(Classification c, Locale locale) {
        ClassificationSettings s = new ClassificationSettings();
        for (LevelRule level : c.levels()) {
            LevelRow l = new LevelRow();
            l.setLevel(level.level());
            l.setMinScore(number(level.minScore(), locale));
            l.setSharePercent(level.shareAtLeast() == null ? null : percent(level.shareAtLeast().share(), locale));
            s.getLevels().add(l);
        }
        s.setExceedingSharePercent(percent(c.exceedingShareMin(), locale));
        s.setCollectivesBeforeMembers(c.order().collectivesBeforeMembers());
        s.setLowerLevelsFirst(c.order().lowerLevelsFirst());
        s.setMaxLateSharePercent(percent(c.maxLateShare(), locale));
        if (c.quota() != null) {
            s.setQuotaEnabled(c.quota().enabled());
            s.setQuotaMaxSharePercent(percent(c.quota().maxShare(), locale));
            s.setQuotaIncludeExcellentInBase(c.quota().includeExcellentInBase());
            s.setQuotaException(c.quota().exceptionWithJustification());
        }
        if (c.automaticFailure() != null) {
            s.setTargetsMetBelowPercent(percent(c.automaticFailure().targetsMetBelow(), locale));
            s.setDisciplinedSubordinatesAbovePercent(percent(c.automaticFailure().disciplinedSubordinatesAbove(), locale));
        }
        if (c.exemptions() != null && c.exemptions().admittedWithinMonths() != null) {
            s.setExemptionMonths(String.valueOf(c.exemptions().admittedWithinMonths()));
        }
        return s;
    }

    /** See {@link RulebookEditorForm#toDefinition}. */
    static RulebookDefinition definitionOf(RulebookEditorForm form, RulebookDefinition stored, Errors errors) {
        RulebookDefinition.Recognition recognition = null;
        List<Criterion> newCriteria = stored.criteria();
        RecognitionRule recognitionRule = form.getRecognitionRule();
        List<CriterionRow> criteria = form.getCriteria();
        if (recognitionRule != null || !criteria.isEmpty() || stored.recognition() != null) {
            BigDecimal points = decimal(form.getMinPoints(), "minPoints", errors);
            Integer k = integer(form.getAtLeast(), "atLeast", errors);
            recognition = recognitionRule == null ? null : new RulebookDefinition.Recognition(recognitionRule,
                    recognitionRule == RecognitionRule.MIN_POINTS ? points : null,
                    recognitionRule == RecognitionRule.AT_LEAST_CRITERIA ? k : null);
            newCriteria = new ArrayList<>();
            for (int c = 0; c < criteria.size(); c++) {
                CriterionRow row = criteria.get(c);
                List<Indicator> indicators = new ArrayList<>();
                for (int i = 0; i < row.getIndicators().size(); i++) {
                    IndicatorRow ind = row.getIndicators().get(i);
                    String path = "criteria[" + c + "].indicators[" + i + "].";
                    BigDecimal max = decimal(ind.getMaxPoints(), path + "maxPoints", errors);
                    BigDecimal threshold = decimal(ind.getThreshold(), path + "threshold", errors);
                    IndicatorKind kind = ind.getKind();
                    indicators.add(new Indicator(code(ind.getCode()), text(ind.getNameVi(), ind.getNameEn()), kind,
                            kind == IndicatorKind.POINTS ? max : null,
                            kind == IndicatorKind.MET ? null : threshold,
                            kind == IndicatorKind.MET || threshold == null ? null : ind.getComparison(),
                            kind == IndicatorKind.MET ? null : VietnameseText.clean(ind.getUnit()), ind.isVeto(),
                            blankToNull(ind.getSource())));
                }
                newCriteria.add(new Criterion(code(row.getCode()), text(row.getNameVi(), row.getNameEn()), row.isAdaptable(),
                        indicators));
            }
        }
        Classification newClassification = stored.classification();
        if (stored.classification() != null && form.getClassification() != null) {
            newClassification = classification(form.getClassification(), stored.classification(), errors);
        }
        return new RulebookDefinition(recognition, form.getReviewFrequency(), form.getDecidedBy(), newCriteria, newClassification);
    }

    private static Classification classification(ClassificationSettings s, Classification stored, Errors errors) {
        List<LevelRule> levels = new ArrayList<>();
        for (int l = 0; l < stored.levels().size(); l++) {
            LevelRule rule = stored.levels().get(l);
            LevelRow row = l < s.getLevels().size() ? s.getLevels().get(l) : null;
            if (row == null) {
                levels.add(rule);
                continue;
            }
            String path = "classification.levels[" + l + "].";
            BigDecimal minScore = rule.minScore() == null ? null : decimal(row.getMinScore(), path + "minScore", errors);
            RulebookDefinition.ShareAtLeast share = rule.shareAtLeast();
            if (share != null) {
                BigDecimal value = fraction(row.getSharePercent(), path + "sharePercent", errors);
                share = new RulebookDefinition.ShareAtLeast(share.rating(), value);
            }
            levels.add(new LevelRule(rule.level(), rule.minScore() == null ? null : minScore, rule.allCriteriaAtLeast(), share,
                    rule.conditions(), rule.collectivesOnlyConditions()));
        }
        var quota = new RulebookDefinition.Quota(s.isQuotaEnabled(),
                fraction(s.getQuotaMaxSharePercent(), "classification.quotaMaxSharePercent", errors),
                s.isQuotaIncludeExcellentInBase(), s.isQuotaException());
        BigDecimal targetsBelow = fraction(s.getTargetsMetBelowPercent(), "classification.targetsMetBelowPercent", errors);
        BigDecimal disciplinedAbove = fraction(s.getDisciplinedSubordinatesAbovePercent(),
                "classification.disciplinedSubordinatesAbovePercent", errors);
        Integer months = integer(s.getExemptionMonths(), "classification.exemptionMonths", errors);
        return new Classification(stored.method(), levels,
                fraction(s.getExceedingSharePercent(), "classification.exceedingSharePercent", errors),
                fraction(s.getMaxLateSharePercent(), "classification.maxLateSharePercent", errors), quota,
                targetsBelow == null && disciplinedAbove == null ? null
                        : new RulebookDefinition.AutomaticFailure(targetsBelow, disciplinedAbove),
                months == null ? null : new RulebookDefinition.Exemptions(months),
                new RulebookDefinition.OrderRules(s.getCollectivesBeforeMembers(), s.getLowerLevelsFirst()),
                stored.collectiveCriteria(), stored.memberCriteria());
    }
}
