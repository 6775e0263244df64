package vn.chibo.rules.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A criterion (tiêu chí) with its indicators. */
public class CriterionRow {
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
