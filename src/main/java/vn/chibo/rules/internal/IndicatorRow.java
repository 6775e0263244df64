package vn.chibo.rules.internal;

import jakarta.validation.constraints.Size;
import vn.chibo.rules.RulebookDefinition.Comparison;
import vn.chibo.rules.RulebookDefinition.IndicatorKind;

/** An indicator (chỉ tiêu). */
public class IndicatorRow {
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
