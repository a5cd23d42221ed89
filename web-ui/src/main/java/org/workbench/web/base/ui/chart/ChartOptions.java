package org.workbench.web.base.ui.chart;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options for the few chart shapes the workbench draws: lines or bars over categories (usually years). */
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
