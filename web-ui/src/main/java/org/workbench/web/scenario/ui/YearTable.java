package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.workbench.domain.YearResult;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;

/**
 * The figures year by year, in two narrow tables that fit beside the inputs without a column out of sight: jobs, and
 * money. The money table is scaled once (its unit said above it), so that every figure is short.
 */
class YearTable extends Div {
    private final Grid<YearResult> jobs = grid("years-jobs");
    private final Grid<YearResult> money = grid("years-money");
    private final Span moneyUnit = new Span();
    private final Grid.Column<YearResult> clawbacks;
    private MoneyScale scale = new MoneyScale(1, "");
    private int digits;

    YearTable() {
        addClassName("years-tables");
        column(jobs, "scenario.years.totalJobs", YearResult::totalJobs, false);
        column(jobs, "scenario.years.netDirectJobs", YearResult::netDirectJobs, false);
        column(jobs, "scenario.years.grossDirectJobs", YearResult::grossDirectJobs, false);
        column(money, "scenario.years.outlay", YearResult::outlay, true);
        column(money, "scenario.years.taxRevenue", YearResult::taxRevenue, true);
        column(money, "scenario.years.equityProceeds", YearResult::equityProceeds, true);
        clawbacks = column(money, "scenario.years.clawbacks", YearResult::clawbacks, true);
        column(money, "scenario.years.serviceCost", YearResult::serviceCost, true);
        column(money, "scenario.years.netFiscalFlow", YearResult::netFiscalFlow, true);
        column(money, "scenario.years.cumulative", YearResult::cumulativeNetFiscalFlow, true);
        moneyUnit.addClassName("years-unit");
        add(new H4(getTranslation("scenario.years.jobsTitle")), jobs, new H4(getTranslation("scenario.years.title")));
        add(moneyUnit, money);
    }

    void show(List<YearResult> years, String currency) {
        Locale locale = getLocale();
        double[] all = years.stream()
                .flatMapToDouble(y -> java.util.stream.DoubleStream.of(
                        y.outlay(),
                        y.taxRevenue(),
                        y.equityProceeds(),
                        y.clawbacks(),
                        y.serviceCost(),
                        y.netFiscalFlow(),
                        y.cumulativeNetFiscalFlow()))
                .toArray();
        scale = MoneyScale.forValues(all, locale, currency);
        double largest = java.util.Arrays.stream(all).map(Math::abs).max().orElse(0) / scale.divisor();
        digits = largest < 10 ? 2 : largest < 1000 ? 1 : 0;
        moneyUnit.setText(getTranslation("scenario.years.unit", scale.unit()));
        clawbacks.setVisible(years.stream().anyMatch(y -> y.clawbacks() != 0));
        jobs.setItems(years);
        money.setItems(years);
    }

    private Grid<YearResult> grid(String name) {
        var grid = new Grid<>(YearResult.class, false);
        grid.addClassName("years-grid");
        grid.addClassName(name);
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(YearResult::year)
                .setHeader(getTranslation("scenario.years.year"))
                .setFrozen(true)
                .setWidth("4rem")
                .setFlexGrow(0);
        return grid;
    }

    private Grid.Column<YearResult> column(
            Grid<YearResult> grid, String key, ToDoubleFunction<YearResult> value, boolean isMoney) {
        var header = new Span(getTranslation(key));
        header.addClassName("years-header");
        return grid.addColumn(y -> isMoney
                        ? Formats.decimals(scale.apply(value.applyAsDouble(y)), digits, getLocale())
                        : Formats.count(value.applyAsDouble(y), getLocale()))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem")
                .setFlexGrow(1);
    }

    /** The grids, for tests: jobs first, then money. */
    List<Grid<YearResult>> grids() {
        return List.of(jobs, money);
    }

    /** The money table's unit, e.g. "CNY million". */
    String unit() {
        return scale.unit();
    }
}
