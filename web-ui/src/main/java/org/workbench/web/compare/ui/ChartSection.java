package org.workbench.web.compare.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.workbench.domain.IncentiveType;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.compare.ChartData;
import org.workbench.web.compare.Comparison;

/** The four charts of a comparison; redrawing existing charts is quicker than creating new ones. */
class ChartSection extends CompareSection {
    private final EChart jobs = chart("compare-chart-jobs");
    private final EChart fiscal = chart("compare-chart-fiscal");
    private final EChart outlay = chart("compare-chart-outlay");
    private final EChart chain = chart("compare-chart-chain");

    ChartSection() {
        super("compare.charts.title");
        var grid = new Div(jobs, fiscal, outlay, chain);
        grid.addClassName("compare-charts");
        add(grid);
    }

    @Override
    void fill(Comparison result) {
        Locale locale = getLocale();
        ChartData data = result.charts();
        String currency = result.base().currency();
        MoneyScale fiscalScale = CompareCharts.moneyScale(data.cumulativeNetFiscalFlow(), locale, currency);
        MoneyScale outlayScale = CompareCharts.moneyScale(data.outlayByType(), locale, currency);
        jobs.setOption(CompareCharts.totalJobs(getTranslation("compare.chart.totalJobs"), data));
        fiscal.setOption(CompareCharts.cumulativeNetFiscalFlow(
                getTranslation("compare.chart.cumulativeNetFiscalFlow", fiscalScale.unit()), data, fiscalScale));
        List<String> types = data.outlayTypes().stream()
                .map(IncentiveType::name)
                .map(name -> getTranslation("incentiveType." + name))
                .toList();
        outlay.setOption(CompareCharts.outlayByType(
                getTranslation("compare.chart.outlayByType", outlayScale.unit()), types, data, outlayScale));
        List<String> steps = List.of(ChartData.ChainStep.values()).stream()
                .map(step -> getTranslation("compare.chain." + step.name()))
                .toList();
        chain.setOption(CompareCharts.jobsChain(getTranslation("compare.chart.jobsChain"), steps, data));
    }

    private static EChart chart(String className) {
        var chart = new EChart();
        chart.addClassName(className);
        chart.setHeight("340px");
        return chart;
    }
}
