package org.workbench.web.compare.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.compare.ChartData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options of the comparison's four charts, one series per scenario. */
final class CompareCharts {
    // Legend entries wrap onto more lines when the names are long; the plot starts below them.
    private static final int LEGEND_CHARS_PER_LINE = 80;

    private CompareCharts() {}

    static ObjectNode totalJobs(String title, ChartData data) {
        return withGaps(ChartOptions.lines(title, years(data), series(data.totalJobs(), 1)), data.totalJobs());
    }

    static ObjectNode cumulativeNetFiscalFlow(String title, ChartData data, MoneyScale scale) {
        return ChartOptions.valueAxisName(
                withGaps(
                        ChartOptions.lines(title, years(data), series(data.cumulativeNetFiscalFlow(), scale.divisor())),
                        data.cumulativeNetFiscalFlow()),
                scale.unit());
    }

    static ObjectNode outlayByType(String title, List<String> typeLabels, ChartData data, MoneyScale scale) {
        return ChartOptions.valueAxisName(
                everyCategoryLabelled(legendOnTop(
                        ChartOptions.bars(title, typeLabels, series(data.outlayByType(), scale.divisor())),
                        data.outlayByType())),
                scale.unit());
    }

    static ObjectNode jobsChain(String title, List<String> stepLabels, ChartData data) {
        return everyCategoryLabelled(
                legendOnTop(ChartOptions.bars(title, stepLabels, series(data.jobsChain(), 1)), data.jobsChain()));
    }

    // Few categories with long names: ECharts would drop every other label; wrap them instead.
    private static ObjectNode everyCategoryLabelled(ObjectNode option) {
        ((ObjectNode) option.get("xAxis"))
                .putObject("axisLabel")
                .put("interval", 0)
                .put("width", 84)
                .put("overflow", "break");
        return option;
    }

    /**
     * The npv's spread per scenario: a box from P5 to P95 with the median, whiskers to the smallest and largest draw,
     * and a diamond at the expected npv. Values already divided by the scale.
     */
    static ObjectNode npvBoxes(String title, String expectedName, List<Box> boxes) {
        ObjectNode option =
                ChartOptions.bars(title, boxes.stream().map(Box::label).toList(), List.of());
        everyCategoryLabelled(option);
        option.putObject("legend").put("type", "plain").put("top", 28);
        ((ObjectNode) option.get("grid")).put("top", 62).put("bottom", 16);
        option.putObject("tooltip").put("trigger", "item");
        ArrayNode series = (ArrayNode) option.get("series");
        ObjectNode box =
                series.addObject().put("name", title).put("type", "boxplot").put("boxWidth", "40%");
        box.putObject("itemStyle").put("color", "#d0e4fd").put("borderColor", "#1676f3");
        ArrayNode data = box.putArray("data");
        for (Box b : boxes) {
            data.addArray().add(b.min()).add(b.p5()).add(b.p50()).add(b.p95()).add(b.max());
        }
        ObjectNode mean = series.addObject()
                .put("name", expectedName)
                .put("type", "scatter")
                .put("symbol", "diamond")
                .put("symbolSize", 12);
        mean.putObject("itemStyle").put("color", "#e8590c");
        ArrayNode means = mean.putArray("data");
        for (Box b : boxes) {
            if (Double.isFinite(b.expected())) {
                means.add(b.expected());
            } else {
                means.addNull();
            }
        }
        ArrayNode colors = option.putArray("color");
        colors.add("#1676f3").add("#e8590c");
        return option;
    }

    /** One scenario's box, in the chart's unit. */
    record Box(String label, double min, double p5, double p50, double p95, double max, double expected) {}

    /** The money scale of a chart's values: the largest magnitude among them decides, and the axis names it. */
    static MoneyScale moneyScale(List<ChartData.Series> series, Locale locale, String currency) {
        double[] all = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.values()))
                .toArray();
        return MoneyScale.forValues(all, locale, currency);
    }

    private static List<String> years(ChartData data) {
        return data.years().stream().map(String::valueOf).toList();
    }

    private static List<ChartOptions.Series> series(List<ChartData.Series> series, double scale) {
        return series.stream()
                .map(s -> {
                    double[] values = s.values();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = values[i] / scale;
                    }
                    return new ChartOptions.Series(s.name(), values);
                })
                .toList();
    }

    // A year outside a scenario's range has no value: a gap in its line, not a zero.
    private static ObjectNode withGaps(ObjectNode option, List<ChartData.Series> series) {
        legendOnTop(option, series);
        JsonNode nodes = option.get("series");
        for (int s = 0; s < series.size(); s++) {
            double[] values = series.get(s).values();
            ArrayNode data = (ArrayNode) nodes.get(s).get("data");
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) {
                    data.setNull(i);
                }
            }
        }
        return option;
    }

    // A plain legend shows every scenario's name (a scrolling one hides some), under the title.
    private static ObjectNode legendOnTop(ObjectNode option, List<ChartData.Series> series) {
        int chars = series.stream()
                .map(ChartData.Series::name)
                .mapToInt(name -> name.length() + 6)
                .sum();
        int lines = Math.max(1, (chars + LEGEND_CHARS_PER_LINE - 1) / LEGEND_CHARS_PER_LINE);
        option.putObject("legend").put("type", "plain").put("top", 28);
        ((ObjectNode) option.get("grid")).put("top", 40 + 22 * lines).put("bottom", 16);
        // Six distinct colours, one per scenario at most, the same order in every chart.
        ArrayNode colors = option.putArray("color");
        List.of("#1676f3", "#e8590c", "#2f9e44", "#ae3ec9", "#f0b400", "#0c8599")
                .forEach(colors::add);
        return option;
    }

    static <T> List<String> labels(List<T> items, Function<T, String> label) {
        return items.stream().map(label).toList();
    }
}
