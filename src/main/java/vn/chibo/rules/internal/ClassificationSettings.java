package vn.chibo.rules.internal;

import vn.chibo.rules.RulebookDefinition;

import java.util.ArrayList;
import java.util.List;

/** The settings of a classification rulebook (QĐ 124, QĐ 366); shares in percent. */
public class ClassificationSettings {
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
