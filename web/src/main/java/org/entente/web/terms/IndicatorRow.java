package org.entente.web.terms;

import jakarta.validation.constraints.Size;
import org.entente.events.Terms;

import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator of an objective: what is measured, in which unit, from where to where. */
public class IndicatorRow implements Serializable {

    @Size(max = 200)
    private String name;
    @Size(max = 50)
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;

    static IndicatorRow of(Terms.Indicator indicator) {
        IndicatorRow row = new IndicatorRow();
        row.name = indicator.name();
        row.unit = indicator.unit();
        row.baseline = indicator.baseline();
        row.target = indicator.target();
        return row;
    }

    boolean isBlank() {
        return TermsForm.trim(name) == null;
    }

    Terms.Indicator toValue() {
        return new Terms.Indicator(name.trim(), TermsForm.trim(unit), baseline, target);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
}
