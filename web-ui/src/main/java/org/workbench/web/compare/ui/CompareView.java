package org.workbench.web.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.KpiDirection;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.Formats;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.compare.ChartData;
import org.workbench.web.compare.CompareException;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.CompareService;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.InputRow;
import org.workbench.web.compare.KpiRow;
import org.workbench.web.compare.ScenarioChoice;
import org.workbench.web.compare.ScenarioColumn;

/**
 * Two to six scenarios side by side. The URL holds the selection ({@code /compare?ids=3,7,9&base=3}) so that a
 * comparison can be shared and reloaded; every signed-in role may compare what it can read.
 */
@Route("compare")
@Menu(order = 20, title = "compare.nav", icon = "vaadin:scale")
@PermitAll
@StyleSheet("context://styles/compare.css")
class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final CompareService service;
    private final Map<Long, ScenarioChoice> choices = new LinkedHashMap<>();
    private final MultiSelectComboBox<ScenarioChoice> picker = new MultiSelectComboBox<>();
    private final Select<ScenarioChoice> baseSelect = new Select<>();
    private final Anchor exportLink = new Anchor();
    private final Paragraph message = new Paragraph();
    private final Div content = new Div();
    private final Checkbox differencesOnly = new Checkbox();
    private final Grid<InputRow> inputGrid = new Grid<>();
    private final Span inputCount = new Span();
    // Built once and refilled on every selection: redrawing existing charts is quicker than creating new ones.
    private final Grid<KpiRow> kpiGrid = new Grid<>();
    private final EChart jobsChart = chart("compare-chart-jobs");
    private final EChart fiscalChart = chart("compare-chart-fiscal");
    private final EChart outlayChart = chart("compare-chart-outlay");
    private final EChart chainChart = chart("compare-chart-chain");
    private final List<Component> sections = new ArrayList<>();

    private @Nullable Comparison comparison;
    // Ids in the order the user picked them: the columns keep that order.
    private List<Long> selectedIds = List.of();
    private boolean updatingFields;

    CompareView(CompareService service) {
        this.service = service;
        addClassName("compare-view");
        setWidthFull();
        add(new H2(getTranslation("compare.title")));

        service.choices().forEach(c -> choices.put(c.id(), c));
        picker.setLabel(getTranslation("compare.picker.label"));
        picker.setPlaceholder(getTranslation("compare.picker.placeholder"));
        picker.setHelperText(getTranslation("compare.picker.helper", CompareRequest.MIN, CompareRequest.MAX));
        picker.setItems(choices.values());
        picker.setItemLabelGenerator(ScenarioChoice::label);
        picker.addClassName("compare-picker");
        picker.setWidth("36rem");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && !updatingFields) {
                pickerChanged(e.getValue());
            }
        });

        baseSelect.setLabel(getTranslation("compare.base.label"));
        baseSelect.setItemLabelGenerator(c -> c == null ? "" : c.label());
        baseSelect.addClassName("compare-base");
        baseSelect.setWidth("20rem");
        baseSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && !updatingFields && e.getValue() != null) {
                select(selectedIds, e.getValue().id());
            }
        });

        var exportButton = new Button(getTranslation("compare.export"), new Icon(VaadinIcon.DOWNLOAD));
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportLink.add(exportButton);
        exportLink.addClassName("compare-export");
        exportLink.setVisible(false);

        var toolbar = new HorizontalLayout(picker, baseSelect, exportLink);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("compare-toolbar");
        message.addClassName("compare-message");
        content.addClassName("compare-content");
        content.setWidthFull();

        differencesOnly.setLabel(getTranslation("compare.inputs.differencesOnly"));
        differencesOnly.setValue(true);
        differencesOnly.addClassName("compare-differences-only");
        differencesOnly.addValueChangeListener(e -> showInputs());
        inputGrid.addClassName("compare-inputs");
        inputGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        inputGrid.setHeight("28rem");
        inputCount.addClassName("compare-input-count");

        add(toolbar, message, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String ids = first(parameters.get("ids"));
        String base = first(parameters.get("base"));
        if (ids == null || ids.isBlank()) {
            showHint();
            return;
        }
        try {
            CompareRequest request = CompareRequest.parse(ids, base);
            show(request);
        } catch (CompareException e) {
            fail(e);
        }
    }

    private void pickerChanged(Set<ScenarioChoice> value) {
        Set<Long> picked = value.stream().map(ScenarioChoice::id).collect(Collectors.toSet());
        var ordered = new ArrayList<Long>();
        selectedIds.stream().filter(picked::contains).forEach(ordered::add);
        value.stream()
                .map(ScenarioChoice::id)
                .filter(id -> !ordered.contains(id))
                .forEach(ordered::add);
        Long base = baseSelect.getValue() == null ? null : baseSelect.getValue().id();
        select(ordered, base != null && ordered.contains(base) ? base : ordered.isEmpty() ? -1 : ordered.getFirst());
    }

    private void select(List<Long> ids, long baseId) {
        selectedIds = List.copyOf(ids);
        writeUrl(ids, baseId);
        if (ids.size() < CompareRequest.MIN) {
            fillFields(ids, baseId);
            showHint();
            return;
        }
        try {
            show(new CompareRequest(ids, baseId));
        } catch (CompareException e) {
            fail(e);
        }
    }

    private void show(CompareRequest request) {
        Comparison result = service.compare(request);
        comparison = result;
        selectedIds = request.ids();
        fillFields(request.ids(), request.baseId());
        message.setText(result.mixedCurrencies() ? getTranslation("compare.mixedCurrencies") : "");
        message.setVisible(result.mixedCurrencies());
        message.removeClassName("error");
        Locale locale = getLocale();
        exportLink.setHref(exportHandler(request, locale));
        exportLink.setVisible(true);
        if (sections.isEmpty()) {
            sections.add(kpiSection());
            sections.add(chartSection());
            sections.add(inputSection());
        }
        fillKpis(result);
        fillCharts(result);
        fillInputs(result);
        if (content.getChildren().findAny().isEmpty()) {
            content.add(sections.toArray(Component[]::new));
        }
    }

    private DownloadHandler exportHandler(CompareRequest request, Locale locale) {
        String fileName = "comparison-" + request.idsParameter().replace(',', '-') + ".xlsx";
        return Downloads.excel(() -> fileName, out -> service.export(request, locale, out));
    }

    private void fillFields(List<Long> ids, long baseId) {
        updatingFields = true;
        try {
            List<ScenarioChoice> picked =
                    ids.stream().map(choices::get).filter(Objects::nonNull).toList();
            picker.setValue(Set.copyOf(picked));
            baseSelect.setItems(picked);
            baseSelect.setValue(choices.get(baseId));
            baseSelect.setEnabled(!picked.isEmpty());
        } finally {
            updatingFields = false;
        }
    }

    private void writeUrl(List<Long> ids, long baseId) {
        String location = ids.isEmpty()
                ? "compare"
                : "compare?ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "&base="
                        + baseId;
        // Written as is: the router's own history API would encode the commas of the shared link.
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', $0)", location));
    }

    private void showHint() {
        comparison = null;
        content.removeAll();
        exportLink.setVisible(false);
        message.removeClassName("error");
        message.setText(getTranslation("compare.hint", CompareRequest.MIN, CompareRequest.MAX));
        message.setVisible(true);
    }

    private void fail(CompareException e) {
        comparison = null;
        content.removeAll();
        exportLink.setVisible(false);
        message.addClassName("error");
        message.setText(getTranslation(e.messageKey(), e.arguments()));
        message.setVisible(true);
    }

    // ---- key figures

    private Component kpiSection() {
        kpiGrid.addClassName("compare-kpis");
        kpiGrid.setId("compare-kpis");
        kpiGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        kpiGrid.setAllRowsVisible(true);
        var legend = new Paragraph(getTranslation("compare.kpis.legend"));
        legend.addClassName("compare-legend");
        return section("compare.kpis.title", legend, kpiGrid);
    }

    private void fillKpis(Comparison result) {
        Locale locale = getLocale();
        kpiGrid.removeAllColumns();
        kpiGrid.addComponentColumn(row -> {
                    var label = new Span(direction(row.direction()) + " "
                            + getTranslation(row.kpi().labelKey()));
                    label.getElement()
                            .setAttribute("title", getTranslation(row.kpi().labelKey() + ".description"));
                    return label;
                })
                .setHeader(getTranslation("compare.kpis.figure"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        List<ScenarioColumn> columns = result.scenarios();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            boolean isBase = index == result.baseIndex();
            String header = columns.get(i).label() + (isBase ? " · " + getTranslation("compare.base.marker") : "");
            kpiGrid.addColumn(new ComponentRenderer<>(row -> kpiCell(row, index, isBase, locale)))
                    .setHeader(header)
                    .setTextAlign(ColumnTextAlign.END)
                    .setResizable(true);
        }
        kpiGrid.setItems(result.kpis());
    }

    private Component kpiCell(KpiRow row, int index, boolean isBase, Locale locale) {
        KpiRow.Cell cell = row.cells().get(index);
        var value = new Span(Formats.kpi(row.kpi().unit(), cell.value(), locale));
        value.addClassName("kpi-value");
        var box = new Div(value);
        box.addClassName("kpi-cell");
        if (cell.best()) {
            box.addClassName("best");
            box.getElement().setAttribute("title", getTranslation("compare.kpis.best"));
        }
        if (!isBase && cell.absoluteDelta().isPresent()) {
            String delta =
                    KpiFormat.delta(row.kpi().unit(), cell.absoluteDelta().getAsDouble(), locale);
            if (cell.relativeDelta().isPresent()) {
                delta += " (" + KpiFormat.relative(cell.relativeDelta().getAsDouble(), locale) + ")";
            }
            var deltaText = new Span(delta);
            deltaText.addClassName("kpi-delta");
            box.add(deltaText);
        }
        return box;
    }

    private static String direction(KpiDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "▲";
            case LOWER_IS_BETTER -> "▼";
            case NEUTRAL -> "○";
        };
    }

    // ---- charts

    private Component chartSection() {
        var grid = new Div(jobsChart, fiscalChart, outlayChart, chainChart);
        grid.addClassName("compare-charts");
        return section("compare.charts.title", grid);
    }

    private void fillCharts(Comparison result) {
        Locale locale = getLocale();
        ChartData data = result.charts();
        double scale = CompareCharts.moneyScale(locale);
        String moneyUnit = getTranslation("compare.chart.moneyUnit");
        jobsChart.setOption(CompareCharts.totalJobs(getTranslation("compare.chart.totalJobs"), data));
        fiscalChart.setOption(CompareCharts.cumulativeNetFiscalFlow(
                getTranslation("compare.chart.cumulativeNetFiscalFlow", moneyUnit), data, scale));
        List<String> types = data.outlayTypes().stream()
                .map(IncentiveType::name)
                .map(name -> getTranslation("incentiveType." + name))
                .toList();
        outlayChart.setOption(CompareCharts.outlayByType(
                getTranslation("compare.chart.outlayByType", moneyUnit), types, data, scale));
        List<String> steps = List.of(ChartData.ChainStep.values()).stream()
                .map(step -> getTranslation("compare.chain." + step.name()))
                .toList();
        chainChart.setOption(CompareCharts.jobsChain(getTranslation("compare.chart.jobsChain"), steps, data));
    }

    private static EChart chart(String className) {
        var chart = new EChart();
        chart.addClassName(className);
        chart.setHeight("340px");
        return chart;
    }

    // ---- inputs

    private Component inputSection() {
        var legend = new Paragraph(getTranslation("compare.inputs.legend"));
        legend.addClassName("compare-legend");
        var bar = new HorizontalLayout(differencesOnly, inputCount);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("compare.inputs.title", legend, bar, inputGrid);
    }

    private void fillInputs(Comparison result) {
        inputGrid.removeAllColumns();
        inputGrid
                .addColumn(this::itemText)
                .setHeader(getTranslation("compare.inputs.item"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        inputGrid
                .addColumn(row -> getTranslation(row.fieldLabelKey()))
                .setHeader(getTranslation("compare.inputs.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Locale locale = getLocale();
        List<ScenarioColumn> columns = result.scenarios();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            boolean isBase = index == result.baseIndex();
            inputGrid
                    .addColumn(row -> inputText(row.cells().get(index), locale))
                    .setHeader(columns.get(i).label() + (isBase ? " · " + getTranslation("compare.base.marker") : ""))
                    .setPartNameGenerator(row ->
                            "input-" + row.cells().get(index).status().name().toLowerCase(Locale.ROOT))
                    .setResizable(true);
        }
        showInputs();
    }

    private void showInputs() {
        Comparison result = comparison;
        if (result == null) {
            return;
        }
        List<InputRow> rows = differencesOnly.getValue() ? result.differingInputs() : result.inputs();
        inputGrid.setItems(rows);
        inputCount.setText(getTranslation(
                "compare.inputs.count", rows.size(), result.inputs().size()));
    }

    private String itemText(InputRow row) {
        String kind = getTranslation("item." + row.kind().name());
        return row.item() == null ? kind : kind + " " + row.item() + " · " + row.itemName();
    }

    private String inputText(InputRow.Cell cell, Locale locale) {
        String value = inputValue(cell.value(), locale);
        return switch (cell.status()) {
            case ADDED -> getTranslation("compare.inputs.added") + ": " + value;
            case REMOVED -> getTranslation("compare.inputs.removed");
            case ABSENT -> "";
            default -> value;
        };
    }

    private String inputValue(@Nullable Object value, Locale locale) {
        return switch (value) {
            case null -> "—";
            case IncentiveType type -> getTranslation("incentiveType." + type.name());
            case Double d -> Formats.decimals(d, 4, locale);
            case Number n -> String.valueOf(n);
            default -> value.toString();
        };
    }

    private Component section(String titleKey, Component... children) {
        var section = new Div(new H3(getTranslation(titleKey)));
        section.add(children);
        section.addClassName("compare-section");
        return section;
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
