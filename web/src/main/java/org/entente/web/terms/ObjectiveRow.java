package org.entente.web.terms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.entente.events.Terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An objective and its indicators, as rows of the terms form. */
public class ObjectiveRow implements Serializable {

    @Size(max = 1000)
    private String statement;
    @Valid
    private List<IndicatorRow> indicators = new ArrayList<>();

    static ObjectiveRow of(Terms.Objective objective) {
        ObjectiveRow row = new ObjectiveRow();
        row.statement = objective.statement();
        objective.indicators().forEach(indicator -> row.indicators.add(IndicatorRow.of(indicator)));
        return row;
    }

    ObjectiveRow withSpareRow() {
        indicators.add(new IndicatorRow());
        return this;
    }

    boolean isBlank() {
        return TermsForm.trim(statement) == null;
    }

    Terms.Objective toValue() {
        return new Terms.Objective(statement.trim(),
                indicators.stream().filter(row -> !row.isBlank()).map(IndicatorRow::toValue).toList());
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public List<IndicatorRow> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorRow> indicators) { this.indicators = indicators; }
}
