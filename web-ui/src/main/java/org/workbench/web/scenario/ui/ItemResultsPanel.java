package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.GoalSeek;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each incentive and each industry brings, in the expected view (the promised one a click away): a sortable
 * table of each, and a chart of each incentive's own NPV, largest first, that shows which incentive pays for itself.
 * Money columns are scaled once per column and name their unit ({@link MoneyScale}).
 */
class ItemResultsPanel extends VerticalLayout {
    static final String PAYS_COLOR = "#2e7d32";
    static final String COSTS_COLOR = "#c62828";
    private static final String COST_PER_JOB = "costPerNetJob";

    private final RadioButtonGroup<GoalSeek.View> view = new RadioButtonGroup<>();
    private final Grid<ItemResultRow> incentives = new Grid<>(ItemResultRow.class, false);
    private final Grid<ItemResultRow> industries = new Grid<>(ItemResultRow.class, false);
    private final EChart npvChart = new EChart();
    private final Span empty = new Span();
    private @Nullable Scenario scenario;
    private @Nullable ScenarioViews views;
    private @Nullable ObjectNode lastChart;
    /** The scale of each money column, by grid and column key; renderers read it, so a new result rescales them. */
    private final Map<Grid<ItemResultRow>, Map<String, MoneyScale>> scales = new HashMap<>();

    ItemResultsPanel() {
        addClassName("item-results");
        setPadding(false);
        view.setLabel(getTranslation("analysis.view"));
        view.setItems(GoalSeek.View.EXPECTED, GoalSeek.View.PROMISED);
        view.setItemLabelGenerator(v -> getTranslation("analysis.view." + v.name()));
        view.setValue(GoalSeek.View.EXPECTED);
        view.addClassName("item-results-view");
        view.addValueChangeListener(e -> redraw());
        empty.setText(getTranslation("analysis.byItem.none"));
        empty.addClassName("item-results-empty");
        incentives.addClassName("item-results-incentives");
        industries.addClassName("item-results-industries");
        for (Grid<ItemResultRow> grid : List.of(incentives, industries)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setMultiSort(true);
            buildColumns(grid, grid == incentives);
        }
        npvChart.addClassName("item-npv-chart");
        npvChart.setHeight("280px");
        add(
                new H4(getTranslation("analysis.byItem.title")),
                view,
                empty,
                npvChart,
                new H4(getTranslation("analysis.byItem.incentives")),
                incentives,
                new H4(getTranslation("analysis.byItem.industries")),
                industries);
    }

    /** Projects every view of the scenario and shows the one chosen. */
    void show(Scenario shown) {
        show(shown, ProjectionEngine.views(shown));
    }

    void show(Scenario shown, ScenarioViews all) {
        this.scenario = shown;
        this.views = all;
        redraw();
    }

    private void redraw() {
        Scenario s = scenario;
        ScenarioViews all = views;
        if (s == null || all == null) {
            return;
        }
        ProjectionResult result = view.getValue() == GoalSeek.View.PROMISED ? all.promised() : all.expected();
        String currency = s.settings().currency();
        List<ItemResultRow> byIncentive = ItemResultRow.incentives(s, result);
        List<ItemResultRow> byIndustry = ItemResultRow.industries(s, result);
        empty.setVisible(byIncentive.isEmpty());
        npvChart.setVisible(!byIncentive.isEmpty());
        rescale(incentives, byIncentive, currency);
        rescale(industries, byIndustry, currency);
        incentives.setItems(byIncentive);
        industries.setItems(byIndustry);
        lastChart = npvChart(byIncentive, currency);
        npvChart.setOption(lastChart);
    }

    // Built once, so that a sort the planner chose survives every edit; only the scales and headers change.
    private void buildColumns(Grid<ItemResultRow> grid, boolean perIncentive) {
        Locale locale = getLocale();
        scales.put(grid, new HashMap<>());
        grid.addColumn(ItemResultRow::code)
                .setHeader(getTranslation("analysis.col.code"))
                .setKey("code")
                .setSortable(true)
                .setFrozen(true)
                // Wide enough for the header and the codes: the frozen column names the row while scrolling.
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(ItemResultRow::name)
                .setHeader(getTranslation("analysis.col.name"))
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        if (perIncentive) {
            grid.addColumn(r -> r.type() == null
                            ? ""
                            : getTranslation("incentiveType." + r.type().name()))
                    .setHeader(getTranslation("analysis.col.type"))
                    .setKey("type")
                    .setSortable(true)
                    .setAutoWidth(true);
            grid.addColumn(r -> r.industryCode() == null ? "" : r.industryCode())
                    .setHeader(getTranslation("analysis.col.industry"))
                    .setKey("industry")
                    .setSortable(true)
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> Formats.count(r.jobs(), locale))
                .setHeader(getTranslation("analysis.col.jobs"))
                .setKey("jobs")
                .setComparator(Comparator.comparingDouble(ItemResultRow::jobs))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        money(grid, "pvOutlay", ItemResultRow::pvOutlay);
        money(grid, "pvBenefits", ItemResultRow::pvBenefits);
        money(grid, "npv", ItemResultRow::npv);
        grid.addColumn(r -> Formats.orDash(
                        r.costPerNetJob(),
                        v -> Formats.decimals(scale(grid, COST_PER_JOB).apply(v), 1, locale)))
                .setKey(COST_PER_JOB)
                // No net jobs: no cost per job, sorted after every figure.
                .setComparator(Comparator.comparingDouble(
                        (ItemResultRow r) -> r.costPerNetJob().orElse(Double.POSITIVE_INFINITY)))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void money(Grid<ItemResultRow> grid, String key, ToDoubleFunction<ItemResultRow> value) {
        Locale locale = getLocale();
        grid.addColumn(r -> Formats.decimals(scale(grid, key).apply(value.applyAsDouble(r)), 1, locale))
                .setKey(key)
                .setComparator(Comparator.comparingDouble(value))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private MoneyScale scale(Grid<ItemResultRow> grid, String key) {
        return scales.get(grid).getOrDefault(key, new MoneyScale(1, ""));
    }

    /** Scales each money column to the rows it shows and names the unit in its header. */
    private void rescale(Grid<ItemResultRow> grid, List<ItemResultRow> rows, String currency) {
        Locale locale = getLocale();
        Map<String, ToDoubleFunction<ItemResultRow>> money = new LinkedHashMap<>();
        money.put("pvOutlay", ItemResultRow::pvOutlay);
        money.put("pvBenefits", ItemResultRow::pvBenefits);
        money.put("npv", ItemResultRow::npv);
        money.put(COST_PER_JOB, r -> r.costPerNetJob().orElse(0));
        money.forEach((key, value) -> {
            MoneyScale scale =
                    MoneyScale.forValues(rows.stream().mapToDouble(value).toArray(), locale, currency);
            scales.get(grid).put(key, scale);
            grid.getColumnByKey(key).setHeader(getTranslation("analysis.col." + key, scale.unit()));
        });
    }

    /**
     * Own NPV per incentive, largest first: those that pay for themselves in one colour, those that cost more than
     * they bring in another, as two stacked series so that the legend names the colours.
     */
    private ObjectNode npvChart(List<ItemResultRow> rows, String currency) {
        List<ItemResultRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(ItemResultRow::npv).reversed());
        MoneyScale scale = MoneyScale.forValues(
                sorted.stream().mapToDouble(ItemResultRow::npv).toArray(), getLocale(), currency);
        double[] pays = new double[sorted.size()];
        double[] costs = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            double npv = scale.apply(sorted.get(i).npv());
            pays[i] = npv >= 0 ? npv : 0;
            costs[i] = npv < 0 ? npv : 0;
        }
        ObjectNode option = ChartOptions.stackedBars(
                getTranslation("analysis.chart.npv"),
                sorted.stream().map(ItemResultRow::code).toList(),
                List.of(
                        new ChartOptions.Series(getTranslation("analysis.chart.pays"), pays),
                        new ChartOptions.Series(getTranslation("analysis.chart.costs"), costs)));
        ChartOptions.valueAxisName(option, scale.unit());
        ((ObjectNode) option.get("series").get(0)).putObject("itemStyle").put("color", PAYS_COLOR);
        ((ObjectNode) option.get("series").get(1)).putObject("itemStyle").put("color", COSTS_COLOR);
        return option;
    }

    // Package-private views of the state, for browserless tests.
    Grid<ItemResultRow> incentivesGrid() {
        return incentives;
    }

    Grid<ItemResultRow> industriesGrid() {
        return industries;
    }

    /** The chart's last options, for tests. */
    @Nullable
    ObjectNode chartOption() {
        return lastChart;
    }

    RadioButtonGroup<GoalSeek.View> viewChoice() {
        return view;
    }
}
