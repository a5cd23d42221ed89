package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveResult;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.YearResult;
import org.workbench.domain.YearSeries;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a scenario brings: key figures, the chain from gross to net jobs, yearly figures and charts. Shows the last
 * valid result; when the inputs are invalid it says so and keeps that result, marked stale.
 */
class ResultsPanel extends VerticalLayout {
    static final List<Kpi> CARDS = List.of(
            Kpi.NET_JOBS_FINAL,
            Kpi.NPV,
            Kpi.BENEFIT_COST_RATIO,
            Kpi.BREAK_EVEN_YEAR,
            Kpi.COST_PER_NET_JOB,
            Kpi.POPULATION_FINAL);

    private final Map<Kpi, Span> cardValues = new EnumMap<>(Kpi.class);
    private final Div equityCard = new Div();
    private final Div chain = new Div();
    private final Span staleNote = new Span();
    private final Grid<YearResult> years = new Grid<>(YearResult.class, false);
    private final EChart jobsChart = new EChart();
    private final EChart fiscalChart = new EChart();
    private final EChart outlayChart = new EChart();

    ResultsPanel() {
        addClassName("results-panel");
        setPadding(false);
        var title = new H3(getTranslation("scenario.results.title"));
        staleNote.setText(getTranslation("scenario.results.stale"));
        staleNote.addClassName("stale-note");
        staleNote.setVisible(false);

        var cards = new Div();
        cards.addClassName("kpi-cards");
        for (Kpi kpi : CARDS) {
            var value = new Span("—");
            value.addClassName("kpi-value");
            value.setId("kpi-" + kpi.key());
            cardValues.put(kpi, value);
            var label = new Span(getTranslation(kpi.labelKey()));
            label.addClassName("kpi-label");
            var card = new Div(label, value);
            card.addClassName("kpi-card");
            card.getElement().setAttribute("data-kpi", kpi.key());
            card.getElement().setAttribute("title", getTranslation(kpi.labelKey() + ".description"));
            cards.add(card);
        }
        equityCard.addClassName("kpi-card");
        equityCard.addClassName("equity-card");
        equityCard.getElement().setAttribute("data-kpi", "equity");
        cards.add(equityCard);

        chain.addClassName("jobs-chain");

        configureYears();
        jobsChart.setHeight("260px");
        fiscalChart.setHeight("260px");
        outlayChart.setHeight("260px");
        add(title, staleNote, cards, new H4(getTranslation("scenario.chain.title")), chain, jobsChart, fiscalChart);
        add(outlayChart, new H4(getTranslation("scenario.years.title")), years);
    }

    void show(Scenario scenario, ProjectionResult result) {
        Locale locale = getLocale();
        for (Kpi kpi : CARDS) {
            cardValues.get(kpi).setText(Formats.kpi(kpi.unit(), result.kpi(kpi), locale));
        }
        showEquity(result, locale);
        showChain(scenario, result, locale);
        years.setItems(result.years());
        setStale(false);
        // Charts take the browser longest to draw: send them in a push right after the figures, so that the cards
        // change without waiting for three SVG charts.
        getUI().ifPresentOrElse(ui -> ui.access(() -> showCharts(result)), () -> showCharts(result));
    }

    void setStale(boolean stale) {
        staleNote.setVisible(stale);
        if (stale) {
            addClassName("stale");
        } else {
            removeClassName("stale");
        }
    }

    private void showEquity(ProjectionResult result, Locale locale) {
        equityCard.removeAll();
        var label = new Span(getTranslation("scenario.kpi.equity"));
        label.addClassName("kpi-label");
        equityCard.add(label);
        List<IncentiveResult> exits = result.equityReturns();
        if (exits.isEmpty()) {
            var none = new Span("—");
            none.addClassName("kpi-value");
            equityCard.add(none);
            return;
        }
        for (IncentiveResult exit : exits) {
            var line = new Span(getTranslation(
                    "scenario.kpi.equity.line",
                    exit.code(),
                    Formats.decimals(exit.moic().orElse(0), 2, locale),
                    Formats.percent(exit.irr().orElse(0), locale)));
            line.addClassName("kpi-value-small");
            equityCard.add(line);
        }
    }

    // Where the jobs go: incentives pay on gross jobs, the city keeps only the caused, not displaced ones, times the
    // multiplier. Showing every step makes the deadweight visible.
    private void showChain(Scenario scenario, ProjectionResult result, Locale locale) {
        chain.removeAll();
        YearResult last = result.years().isEmpty() ? null : result.years().getLast();
        double gross = last == null ? 0 : last.grossDirectJobs();
        double butFor = 0;
        for (Incentive incentive : scenario.incentives()) {
            double g = result.incentive(incentive.code())
                    .map(IncentiveResult::grossDirectJobsFinal)
                    .orElse(0.0);
            butFor += g * incentive.butForShare();
        }
        double net = last == null ? 0 : last.netDirectJobs();
        double total = last == null ? 0 : last.totalJobs();
        String[] keys = {"gross", "butFor", "displacement", "multiplier"};
        double[] values = {gross, butFor, net, total};
        for (int i = 0; i < keys.length; i++) {
            var step = new Div(
                    new Span(getTranslation("scenario.chain." + keys[i])), new Span(Formats.count(values[i], locale)));
            step.addClassName("chain-step");
            step.getElement().setAttribute("data-step", keys[i]);
            chain.add(step);
            if (i < keys.length - 1) {
                var arrow = new Span("→");
                arrow.addClassName("chain-arrow");
                chain.add(arrow);
            }
        }
    }

    private void configureYears() {
        years.addClassName("years-grid");
        years.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        years.setAllRowsVisible(true);
        years.addColumn(YearResult::year)
                .setHeader(getTranslation("scenario.years.year"))
                .setFrozen(true);
        yearColumn("scenario.years.totalJobs", YearResult::totalJobs, false);
        yearColumn("scenario.years.grossDirectJobs", YearResult::grossDirectJobs, false);
        yearColumn("scenario.years.outlay", YearResult::outlay, true);
        yearColumn("scenario.years.taxRevenue", YearResult::taxRevenue, true);
        yearColumn("scenario.years.equityProceeds", YearResult::equityProceeds, true);
        yearColumn("scenario.years.serviceCost", YearResult::serviceCost, true);
        yearColumn("scenario.years.netFiscalFlow", YearResult::netFiscalFlow, true);
        yearColumn("scenario.years.cumulative", YearResult::cumulativeNetFiscalFlow, true);
    }

    private void yearColumn(String key, ToDoubleFunction<YearResult> value, boolean money) {
        years.addColumn(y -> money
                        ? Formats.money(value.applyAsDouble(y), getLocale())
                        : Formats.count(value.applyAsDouble(y), getLocale()))
                .setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void showCharts(ProjectionResult result) {
        List<String> labels =
                result.years().stream().map(y -> String.valueOf(y.year())).toList();
        jobsChart.setOption(ChartOptions.lines(
                getTranslation("scenario.chart.jobs"),
                labels,
                List.of(
                        series("scenario.years.totalJobs", result, YearResult::totalJobs),
                        series("scenario.years.netDirectJobs", result, YearResult::netDirectJobs),
                        series("scenario.years.grossDirectJobs", result, YearResult::grossDirectJobs))));

        ObjectNode fiscal = ChartOptions.bars(
                getTranslation("scenario.chart.fiscal"),
                labels,
                List.of(
                        series("scenario.years.netFiscalFlow", result, YearResult::netFiscalFlow),
                        series("scenario.years.cumulative", result, YearResult::cumulativeNetFiscalFlow)));
        // The cumulative flow reads best as a line over the yearly bars.
        ((ObjectNode) fiscal.get("series").get(1)).put("type", "line");
        fiscalChart.setOption(fiscal);

        var byType = new ArrayList<ChartOptions.Series>();
        for (Map.Entry<IncentiveType, YearSeries> entry : result.outlayByType().entrySet()) {
            if (entry.getValue().stream().anyMatch(v -> v != 0)) {
                byType.add(new ChartOptions.Series(
                        getTranslation("incentiveType." + entry.getKey().name()),
                        entry.getValue().toArray()));
            }
        }
        outlayChart.setOption(ChartOptions.stackedBars(getTranslation("scenario.chart.outlay"), labels, byType));
    }

    private ChartOptions.Series series(String key, ProjectionResult result, ToDoubleFunction<YearResult> value) {
        return new ChartOptions.Series(
                getTranslation(key), result.years().stream().mapToDouble(value).toArray());
    }

    /** The text a card shows, for tests. */
    String cardText(Kpi kpi) {
        return cardValues.get(kpi).getText();
    }
}
