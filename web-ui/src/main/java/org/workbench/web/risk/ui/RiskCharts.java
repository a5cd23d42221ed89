package org.workbench.web.risk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.MonteCarloResult.FanYear;
import org.workbench.domain.MonteCarloResult.Histogram;
import org.workbench.domain.MonteCarloResult.KpiDistribution;
import org.workbench.domain.TornadoRow;
import org.workbench.domain.YearSeries;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.ChartOptions.Mark;
import org.workbench.web.base.ui.chart.ChartOptions.Series;
import org.workbench.web.risk.Affordability;
import org.workbench.web.risk.RiskResult;
import tools.jackson.databind.node.ObjectNode;

/** The options of the Risk tab's charts, every money axis scaled once by {@link MoneyScale} and named. */
final class RiskCharts {
    private final Function<String, String> text;
    private final Locale locale;
    private final String currency;

    /** @param text the translation of a key (with no arguments) */
    RiskCharts(Function<String, String> text, Locale locale, String currency) {
        this.text = text;
        this.locale = locale;
        this.currency = currency;
    }

    ObjectNode histogram(MonteCarloResult result, String title) {
        Histogram histogram = result.npvHistogram();
        double min = histogram.min();
        double max = histogram.max();
        if (min == max) {
            // Every draw gave the same npv: one thin bin around it, so that the chart still has a width.
            double pad = Math.max(1.0, Math.abs(min) * 0.01);
            min -= pad;
            max += pad;
        }
        MoneyScale scale = MoneyScale.forMagnitude(Math.max(Math.abs(min), Math.abs(max)), locale, currency);
        int bins = histogram.counts().size();
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = scale.apply(min + (max - min) * b / bins);
        }
        int[] counts = histogram.counts().stream().mapToInt(Integer::intValue).toArray();
        KpiDistribution npv = result.kpi(Kpi.NPV);
        List<Mark> marks = new ArrayList<>();
        npv.p5().ifPresent(v -> marks.add(new Mark("P5", scale.apply(v))));
        npv.p50().ifPresent(v -> marks.add(new Mark("P50", scale.apply(v))));
        npv.p95().ifPresent(v -> marks.add(new Mark("P95", scale.apply(v))));
        ObjectNode option = ChartOptions.histogram(
                title,
                edges,
                counts,
                0,
                text.apply("risk.histogram.below") + " " + Formats.percent(result.lossProbability(), locale),
                text.apply("risk.histogram.above"),
                marks);
        ChartOptions.xAxisName(option, text.apply("risk.axis.npv") + " (" + scale.unit() + ")");
        return ChartOptions.valueAxisName(option, text.apply("risk.axis.draws"));
    }

    ObjectNode fan(MonteCarloResult result, Affordability affordability) {
        List<FanYear> fan = result.fan();
        List<String> years = fan.stream().map(y -> String.valueOf(y.year())).toList();
        double[] p5 = fan.stream().mapToDouble(FanYear::p5).toArray();
        double[] p50 = fan.stream().mapToDouble(FanYear::p50).toArray();
        double[] p95 = fan.stream().mapToDouble(FanYear::p95).toArray();
        double[] promised = new double[fan.size()];
        YearSeries cumulative = affordability.cumulativePromised();
        for (int i = 0; i < promised.length; i++) {
            promised[i] = i < cumulative.size() ? cumulative.at(i) : Double.NaN;
        }
        MoneyScale scale = MoneyScale.forValues(concat(p5, p95, promised), locale, currency);
        ObjectNode option = ChartOptions.band(
                text.apply("risk.fan.title"),
                years,
                new Series("P5", scale.apply(p5)),
                new Series("P95", scale.apply(p95)),
                text.apply("risk.fan.band"),
                List.of(
                        new Series(text.apply("risk.fan.p50"), scale.apply(p50)),
                        new Series(text.apply("risk.fan.promised"), scale.apply(promised))));
        // The promise is the contrast, not a forecast: dashed.
        ((ObjectNode) option.get("series").get(3)).putObject("lineStyle").put("type", "dashed");
        return ChartOptions.valueAxisName(option, scale.unit());
    }

    ObjectNode tornado(RiskResult result) {
        List<TornadoRow> rows = result.tornado();
        double base = result.tornadoNpv();
        double[] low = rows.stream().mapToDouble(r -> r.npvLow() - base).toArray();
        double[] high = rows.stream().mapToDouble(r -> r.npvHigh() - base).toArray();
        MoneyScale scale = MoneyScale.forValues(concat(low, high), locale, currency);
        List<String> labels = rows.stream().map(this::label).toList();
        ObjectNode option = ChartOptions.divergingBars(
                text.apply("risk.tornado.title"),
                labels,
                new Series(text.apply("risk.tornado.low"), scale.apply(low)),
                new Series(text.apply("risk.tornado.high"), scale.apply(high)));
        return ChartOptions.xAxisName(option, text.apply("risk.tornado.axis") + " (" + scale.unit() + ")");
    }

    /** "NEV-ANCHOR · Amount", "Household size", "NEV-ANCHOR · success". */
    String label(TornadoRow row) {
        String field;
        if (row.successRow()) {
            field = text.apply("risk.tornado.success");
        } else {
            field = InputFields.find(row.item(), row.field())
                    .map(InputField::labelKey)
                    .map(text)
                    .orElse(row.field());
        }
        String code = row.code();
        return row.item() == ItemKind.SETTINGS || code == null ? field : code + " · " + field;
    }

    ObjectNode outlay(Affordability affordability) {
        YearSeries budget = affordability.budget();
        List<String> years = new ArrayList<>();
        for (int year = budget.firstYear(); year <= budget.lastYear(); year++) {
            years.add(String.valueOf(year));
        }
        double[] promised = affordability.outlayPromised().toArray();
        double[] expected = affordability.outlayExpected().toArray();
        double[] amber = times(budget.toArray(), Affordability.AMBER);
        double[] red = times(budget.toArray(), Affordability.RED);
        MoneyScale scale = MoneyScale.forValues(concat(promised, expected, red), locale, currency);
        ObjectNode option = ChartOptions.bars(
                text.apply("risk.outlay.title"),
                years,
                List.of(
                        new Series(text.apply("risk.outlay.promised"), scale.apply(promised)),
                        new Series(text.apply("risk.outlay.expected"), scale.apply(expected)),
                        new Series(text.apply("risk.outlay.amber"), scale.apply(amber)),
                        new Series(text.apply("risk.outlay.red"), scale.apply(red))));
        ChartOptions.asLine(option, 2, true);
        ChartOptions.asLine(option, 3, true);
        ((ObjectNode) option.get("series").get(2)).put("color", "#d68910");
        ((ObjectNode) option.get("series").get(3)).put("color", "#c0392b");
        return ChartOptions.valueAxisName(option, scale.unit());
    }

    private static double[] times(double[] values, double factor) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * factor;
        }
        return scaled;
    }

    private static double[] concat(double[]... parts) {
        int size = 0;
        for (double[] part : parts) {
            size += part.length;
        }
        double[] all = new double[size];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
