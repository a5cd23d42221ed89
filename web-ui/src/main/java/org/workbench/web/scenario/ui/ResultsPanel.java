package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveResult;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.domain.YearResult;
import org.workbench.domain.YearSeries;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.base.ui.explain.FigureExplainer;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a scenario brings: key figures (expected, promised, P5–P95), the chain from gross to net jobs, charts and
 * the figures year by year, all of the expected view (each incentive weighted by its chance of success). Shows the
 * last valid result; when the inputs are invalid it says so and keeps that result, marked stale.
 */
class ResultsPanel extends VerticalLayout {
    static final List<Kpi> CARDS = KpiCards.CARDS;

    private final KpiCards cards = new KpiCards();
    private final MonitoredSection monitored = new MonitoredSection();
    private final FigureExplainer explainer = new FigureExplainer();
    private final Div equityCard = new Div();
    private final Div chain = new Div();
    private final Span staleNote = new Span();
    private final YearTable years = new YearTable();
    private final EChart jobsChart = new EChart();
    private final EChart fiscalChart = new EChart();
    private final EChart outlayChart = new EChart();

    ResultsPanel() {
        addClassName("results-panel");
        setPadding(false);
        var title = new H3(getTranslation("scenario.results.title"));
        var viewNote = new Span(getTranslation("scenario.results.expectedNote"));
        viewNote.addClassName("results-view-note");
        staleNote.setText(getTranslation("scenario.results.stale"));
        staleNote.addClassName("stale-note");
        staleNote.setVisible(false);

        for (Kpi kpi : CARDS) {
            cards.actions(kpi).add(explainer.button(kpi));
        }
        equityCard.addClassName("kpi-card");
        equityCard.addClassName("equity-card");
        equityCard.getElement().setAttribute("data-kpi", "equity");
        cards.add(equityCard);

        chain.addClassName("jobs-chain");
        for (EChart chart : List.of(jobsChart, fiscalChart, outlayChart)) {
            chart.setHeight("260px");
            chart.setWidthFull();
        }
        add(title, viewNote, staleNote, cards, monitored, new H4(getTranslation("scenario.chain.title")), chain);
        add(jobsChart, fiscalChart, outlayChart, years);
    }

    /** Shows the views of the scenario; the P5–P95 shown before stay until {@link #clearRanges()}. */
    void show(Scenario scenario, ScenarioViews views) {
        Locale locale = getLocale();
        String currency = scenario.settings().currency();
        ProjectionResult expected = views.expected();
        cards.show(views, currency);
        monitored.show(scenario, views);
        explainer.show(scenario, expected);
        showEquity(expected, locale);
        showChain(scenario, expected, locale);
        years.show(expected.years(), currency);
        setStale(false);
        // Charts take the browser longest to draw: send them in a push right after the figures, so that the cards
        // change without waiting for three SVG charts.
        getUI().ifPresentOrElse(ui -> ui.access(() -> showCharts(views, currency)), () -> showCharts(views, currency));
    }

    /**
     * Shows P5–P95 of each card's figure from a Monte Carlo of the inputs shown. The Risk tab calls it when its run
     * ends; the editor calls {@link #clearRanges()} on every edit, as the draws no longer match the inputs.
     */
    public void showRanges(MonteCarloResult result) {
        cards.showRanges(result);
    }

    public void clearRanges() {
        cards.clearRanges();
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

    private void showCharts(ScenarioViews views, String currency) {
        ProjectionResult result = views.expected();
        Locale locale = getLocale();
        List<String> labels =
                result.years().stream().map(y -> String.valueOf(y.year())).toList();
        ObjectNode jobs = ChartOptions.lines(
                getTranslation("scenario.chart.jobs"),
                labels,
                List.of(
                        series("scenario.years.totalJobs", result, YearResult::totalJobs),
                        series("scenario.years.netDirectJobs", result, YearResult::netDirectJobs),
                        series("scenario.years.grossDirectJobs", result, YearResult::grossDirectJobs)));
        jobsChart.setOption(ChartOptions.valueAxisName(jobs, getTranslation("scenario.chart.jobsUnit")));

        var fiscalSeries = new ArrayList<ChartOptions.Series>(List.of(
                series("scenario.years.netFiscalFlow", result, YearResult::netFiscalFlow),
                series("scenario.years.cumulative", result, YearResult::cumulativeNetFiscalFlow)));
        boolean differs = views.promised() != views.expected();
        if (differs) {
            fiscalSeries.add(
                    series("scenario.years.cumulativePromised", views.promised(), YearResult::cumulativeNetFiscalFlow));
        }
        MoneyScale fiscalScale = scaleOf(fiscalSeries, locale, currency);
        ObjectNode fiscal =
                ChartOptions.bars(getTranslation("scenario.chart.fiscal"), labels, scaled(fiscalSeries, fiscalScale));
        // The cumulative flow reads best as a line over the yearly bars; the promised one dashed, for contrast.
        ((ObjectNode) fiscal.get("series").get(1)).put("type", "line");
        if (differs) {
            ObjectNode promised = (ObjectNode) fiscal.get("series").get(2);
            promised.put("type", "line").putObject("lineStyle").put("type", "dashed");
        }
        fiscalChart.setOption(ChartOptions.valueAxisName(fiscal, fiscalScale.unit()));

        var byType = new ArrayList<ChartOptions.Series>();
        for (Map.Entry<IncentiveType, YearSeries> entry : result.outlayByType().entrySet()) {
            if (entry.getValue().stream().anyMatch(v -> v != 0)) {
                byType.add(new ChartOptions.Series(
                        getTranslation("incentiveType." + entry.getKey().name()),
                        entry.getValue().toArray()));
            }
        }
        MoneyScale outlayScale = stackedScaleOf(byType, locale, currency);
        ObjectNode outlay =
                ChartOptions.stackedBars(getTranslation("scenario.chart.outlay"), labels, scaled(byType, outlayScale));
        outlayChart.setOption(ChartOptions.valueAxisName(outlay, outlayScale.unit()));
    }

    // One scale for a whole chart, fitted to its largest value.
    private static MoneyScale scaleOf(List<ChartOptions.Series> series, Locale locale, String currency) {
        double[] all = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.values()))
                .toArray();
        return MoneyScale.forValues(all, locale, currency);
    }

    // A stacked bar reaches the sum of its parts: the scale fits the tallest stack.
    private static MoneyScale stackedScaleOf(List<ChartOptions.Series> series, Locale locale, String currency) {
        int n = series.isEmpty() ? 0 : series.getFirst().values().length;
        double[] sums = new double[n];
        for (ChartOptions.Series s : series) {
            for (int i = 0; i < n && i < s.values().length; i++) {
                sums[i] += s.values()[i];
            }
        }
        return MoneyScale.forValues(sums, locale, currency);
    }

    private static List<ChartOptions.Series> scaled(List<ChartOptions.Series> series, MoneyScale scale) {
        return series.stream()
                .map(s -> new ChartOptions.Series(s.name(), scale.apply(s.values())))
                .toList();
    }

    private ChartOptions.Series series(String key, ProjectionResult result, ToDoubleFunction<YearResult> value) {
        return new ChartOptions.Series(
                getTranslation(key), result.years().stream().mapToDouble(value).toArray());
    }

    /** The text a card shows (the expected figure), for tests. */
    String cardText(Kpi kpi) {
        return cards.card(kpi).value().getText();
    }

    /** The promised figure a card shows beside the expected one; empty when they are the same. */
    String promisedText(Kpi kpi) {
        KpiCards.Card card = cards.card(kpi);
        return card.promised().isVisible() ? card.promised().getText() : "";
    }

    /** The P5–P95 a card shows; empty before a Monte Carlo or after an edit. */
    String rangeText(Kpi kpi) {
        KpiCards.Card card = cards.card(kpi);
        return card.range().isVisible() ? card.range().getText() : "";
    }

    /** The cards, e.g. for a feature that adds a button to each (see {@link KpiCards#actions(Kpi)}). */
    KpiCards cards() {
        return cards;
    }

    MonitoredSection monitored() {
        return monitored;
    }

    YearTable years() {
        return years;
    }
}
