package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveMonitoring;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;

/**
 * Per incentive with actuals: promised against actual gross jobs in the years recorded, the delivery ratio of the
 * last year with recorded jobs (behind when below the scenario's threshold), the outlay against the promise and the
 * cost per delivered job. Hidden while no actuals are recorded. Each incentive's box has the id
 * {@code monitored-<code>}.
 */
@StyleSheet("styles/monitoring.css")
class MonitoredSection extends Div {
    private final List<EChart> charts = new ArrayList<>();

    MonitoredSection() {
        addClassName("monitored-section");
        setVisible(false);
    }

    void show(Scenario scenario, ScenarioViews views) {
        removeAll();
        charts.clear();
        setVisible(!views.monitoring().isEmpty());
        if (views.monitoring().isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        String currency = scenario.settings().currency();
        var note = new Span(getTranslation(
                "monitoring.section.note", Formats.percent(scenario.settings().behindThreshold(), locale)));
        note.addClassName("results-view-note");
        add(new H4(getTranslation("monitoring.section.title")), note);
        for (IncentiveMonitoring m : views.monitoring()) {
            String name = scenario.incentives().stream()
                    .filter(i -> i.code().equals(m.code()))
                    .map(Incentive::name)
                    .findFirst()
                    .orElse(m.code());
            add(box(m, name, currency, locale));
        }
    }

    private Div box(IncentiveMonitoring m, String name, String currency, Locale locale) {
        var box = new Div();
        box.addClassName("monitored-incentive");
        box.setId("monitored-" + m.code());
        box.getElement().setAttribute("data-behind", String.valueOf(m.behind()));
        var badge = new Span(getTranslation(
                m.deliveryRatio().isEmpty()
                        ? "monitoring.noRatio"
                        : m.behind() ? "monitoring.behind" : "monitoring.onTrack"));
        badge.addClassName("monitoring-badge");
        badge.getElement().setAttribute("data-behind", String.valueOf(m.behind()));
        var heading = new H5(name.equals(m.code()) ? m.code() : m.code() + " · " + name);
        heading.add(badge);
        box.add(heading);

        String ratio = m.deliveryRatio().isPresent() && m.lastJobsYear().isPresent()
                ? getTranslation(
                        "monitoring.deliveryRatio.value",
                        Formats.percent(m.deliveryRatio().getAsDouble(), locale),
                        m.lastJobsYear().getAsInt())
                : "—";
        var figures = new Div(
                figure("ratio", getTranslation("monitoring.deliveryRatio"), ratio),
                figure(
                        "variance",
                        getTranslation("monitoring.outlayVariance"),
                        money(m.outlayVarianceToDate(), locale, currency)),
                figure(
                        "costPerJob",
                        getTranslation("monitoring.costPerJob"),
                        money(m.costPerDeliveredJob(), locale, currency)));
        figures.addClassName("monitored-figures");
        box.add(figures);

        List<IncentiveMonitoring.Year> withJobs =
                m.years().stream().filter(y -> y.actualGrossJobs().isPresent()).toList();
        if (!withJobs.isEmpty()) {
            var chart = new EChart();
            chart.setHeight("220px");
            chart.addClassName("monitored-chart");
            chart.setOption(ChartOptions.valueAxisName(
                    ChartOptions.bars(
                            getTranslation("monitoring.chart.title", m.code()),
                            withJobs.stream().map(y -> String.valueOf(y.year())).toList(),
                            List.of(
                                    new ChartOptions.Series(
                                            getTranslation("monitoring.chart.promised"),
                                            withJobs.stream()
                                                    .mapToDouble(IncentiveMonitoring.Year::promisedGrossJobs)
                                                    .toArray()),
                                    new ChartOptions.Series(
                                            getTranslation("monitoring.chart.actual"),
                                            withJobs.stream()
                                                    .mapToDouble(y ->
                                                            y.actualGrossJobs().orElse(0))
                                                    .toArray()))),
                    getTranslation("monitoring.chart.unit")));
            charts.add(chart);
            box.add(chart);
        }
        return box;
    }

    private static Div figure(String key, String label, String value) {
        var labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        var valueSpan = new Span(value);
        valueSpan.addClassName("kpi-value-small");
        var figure = new Div(labelSpan, valueSpan);
        figure.addClassName("monitored-figure");
        figure.getElement().setAttribute("data-figure", key);
        return figure;
    }

    private static String money(OptionalDouble value, Locale locale, String currency) {
        return value.isEmpty() ? "—" : MoneyScale.format(value.getAsDouble(), locale, currency);
    }

    /** The charts drawn, one per incentive with recorded jobs; for tests. */
    List<EChart> charts() {
        return List.copyOf(charts);
    }
}
