package org.workbench.web.base.ui.chart;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ECharts options for the few chart shapes the workbench draws: lines or bars over categories (usually years), a
 * histogram, a band around a line and diverging bars. Money is scaled before it gets here (see {@code MoneyScale})
 * and the value axis names the unit.
 */
public final class ChartOptions {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named series of values, one per category. */
    public record Series(String name, double[] values) {}

    private ChartOptions() {}

    public static ObjectNode lines(String title, List<String> categories, List<Series> series) {
        return build(title, categories, series, "line", false);
    }

    public static ObjectNode bars(String title, List<String> categories, List<Series> series) {
        return build(title, categories, series, "bar", false);
    }

    public static ObjectNode stackedBars(String title, List<String> categories, List<Series> series) {
        return build(title, categories, series, "bar", true);
    }

    /** Names the value axis, e.g. with a money scale's unit ("CNY million", "亿元"). */
    public static ObjectNode valueAxisName(ObjectNode option, String name) {
        ((ObjectNode) option.get("yAxis")).put("name", name).put("nameGap", 12);
        return option;
    }

    /** Draws series {@code index} (of a bar chart) as a line, dashed if asked, e.g. a budget over yearly outlays. */
    public static ObjectNode asLine(ObjectNode option, int index, boolean dashed) {
        ObjectNode series = (ObjectNode) option.get("series").get(index);
        series.put("type", "line").put("showSymbol", false);
        if (dashed) {
            series.putObject("lineStyle").put("type", "dashed");
        }
        return option;
    }

    /** A vertical line at x with a label, e.g. a percentile on a histogram. */
    public record Mark(String label, double x) {}

    /**
     * A histogram of equal bins on a value axis, drawn as stepped areas: the bins left of {@code split} in one colour,
     * the rest in another (e.g. the share of draws below zero in red), with vertical marks.
     *
     * @param edges the bins' edges, one more than counts
     */
    public static ObjectNode histogram(
            String title,
            double[] edges,
            int[] counts,
            double split,
            String belowName,
            String aboveName,
            List<Mark> marks) {
        if (edges.length != counts.length + 1 || counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs one edge more than bins");
        }
        ObjectNode option = frame(title);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("xAxis").put("type", "value").put("scale", true);
        option.putObject("yAxis").put("type", "value");
        ArrayNode series = option.putArray("series");
        ArrayNode below = stepSeries(series, belowName, "#c0392b");
        ArrayNode above = stepSeries(series, aboveName, "#5470c6");
        for (int b = 0; b < counts.length; b++) {
            double left = edges[b];
            double right = edges[b + 1];
            if (right <= split) {
                below.addArray().add(left).add(counts[b]);
            } else if (left >= split) {
                above.addArray().add(left).add(counts[b]);
            } else {
                below.addArray().add(left).add(counts[b]);
                below.addArray().add(split).add(counts[b]);
                above.addArray().add(split).add(counts[b]);
            }
        }
        // The last bin's right edge closes the outline.
        ArrayNode closing = edges[edges.length - 1] <= split ? below : above;
        closing.addArray().add(edges[edges.length - 1]).add(counts[counts.length - 1]);
        ObjectNode markLine = ((ObjectNode) series.get(1)).putObject("markLine");
        markLine.put("symbol", "none").put("silent", true);
        markLine.putObject("lineStyle").put("color", "#333").put("type", "dashed");
        markLine.putObject("label").put("formatter", "{b}").put("position", "end");
        ArrayNode data = markLine.putArray("data");
        for (Mark mark : marks) {
            data.addObject().put("name", mark.label()).put("xAxis", mark.x());
        }
        return option;
    }

    private static ArrayNode stepSeries(ArrayNode series, String name, String colour) {
        ObjectNode node = series.addObject()
                .put("name", name)
                .put("type", "line")
                .put("step", "end")
                .put("showSymbol", false)
                .put("color", colour);
        node.putObject("areaStyle").put("opacity", 0.45);
        return node.putArray("data");
    }

    /**
     * A band from low to high around lines over categories, e.g. P5 to P95 of a fan chart with P50 and the promise as
     * lines. Stacks an invisible base at low with the band's width on top.
     */
    public static ObjectNode band(
            String title, List<String> categories, Series low, Series high, String bandName, List<Series> lines) {
        ObjectNode option = lines(title, categories, lines);
        ArrayNode series = (ArrayNode) option.get("series");
        ObjectNode base = series.insertObject(0)
                .put("name", low.name())
                .put("type", "line")
                .put("stack", "band")
                .put("showSymbol", false)
                .put("silent", true);
        base.putObject("lineStyle").put("opacity", 0);
        ArrayNode baseData = base.putArray("data");
        ObjectNode width = series.insertObject(1)
                .put("name", bandName)
                .put("type", "line")
                .put("stack", "band")
                .put("showSymbol", false)
                .put("color", "#91cc75");
        width.putObject("lineStyle").put("opacity", 0);
        width.putObject("areaStyle").put("opacity", 0.5);
        ArrayNode widthData = width.putArray("data");
        for (int i = 0; i < categories.size(); i++) {
            double lo = low.values()[i];
            double hi = high.values()[i];
            baseData.add(Double.isFinite(lo) ? lo : 0);
            widthData.add(Double.isFinite(hi - lo) ? hi - lo : 0);
        }
        // The base is not a thing to show in the legend.
        ArrayNode legend = ((ObjectNode) option.get("legend")).putArray("data");
        legend.add(bandName);
        lines.forEach(line -> legend.add(line.name()));
        return option;
    }

    /**
     * Horizontal bars from 0 to each value, two per category on one row (e.g. the change of npv at an input's low and
     * at its high estimate), the first category at the top.
     */
    public static ObjectNode divergingBars(String title, List<String> categories, Series first, Series second) {
        ObjectNode option = frame(title);
        option.putObject("tooltip")
                .put("trigger", "axis")
                .putObject("axisPointer")
                .put("type", "shadow");
        option.putObject("xAxis").put("type", "value");
        ArrayNode yData = option.putObject("yAxis")
                .put("type", "category")
                .put("inverse", true)
                .putArray("data");
        categories.forEach(yData::add);
        ArrayNode series = option.putArray("series");
        for (Series s : List.of(first, second)) {
            ObjectNode node = series.addObject()
                    .put("name", s.name())
                    .put("type", "bar")
                    .put("barGap", "-100%")
                    .put("barCategoryGap", "35%");
            ArrayNode data = node.putArray("data");
            for (double v : s.values()) {
                data.add(Double.isFinite(v) ? v : 0);
            }
        }
        return option;
    }

    /** Names the horizontal value axis, as {@link #valueAxisName} does for the vertical one. */
    public static ObjectNode xAxisName(ObjectNode option, String name) {
        ((ObjectNode) option.get("xAxis"))
                .put("name", name)
                .put("nameLocation", "middle")
                .put("nameGap", 28);
        return option;
    }

    private static ObjectNode frame(String title) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
                .put("text", title)
                .put("left", "center")
                .putObject("textStyle")
                .put("fontSize", 14);
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid")
                .put("left", 16)
                .put("right", 32)
                .put("top", 40)
                .put("bottom", 48)
                .put("containLabel", true);
        option.put("animation", false);
        return option;
    }

    private static ObjectNode build(
            String title, List<String> categories, List<Series> series, String type, boolean stacked) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
                .put("text", title)
                .put("left", "center")
                .putObject("textStyle")
                .put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid")
                .put("left", 16)
                .put("right", 24)
                .put("top", 40)
                .put("bottom", 40)
                .put("containLabel", true);
        ArrayNode xData = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(xData::add);
        option.putObject("yAxis").put("type", "value");
        ArrayNode seriesArray = option.putArray("series");
        for (Series s : series) {
            ObjectNode node = seriesArray.addObject().put("name", s.name()).put("type", type);
            if (stacked) {
                node.put("stack", "total");
            }
            if ("line".equals(type)) {
                node.put("showSymbol", categories.size() <= 20);
            }
            ArrayNode data = node.putArray("data");
            for (double v : s.values()) {
                data.add(Double.isFinite(v) ? v : 0);
            }
        }
        // No animation: charts redraw on every edit and tests read them at once.
        option.put("animation", false);
        return option;
    }
}
