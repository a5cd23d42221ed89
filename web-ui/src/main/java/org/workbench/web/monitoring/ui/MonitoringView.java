package org.workbench.web.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.monitoring.MonitoredIncentive;
import org.workbench.web.monitoring.MonitoringQuery;
import org.workbench.web.monitoring.MonitoringService;

/**
 * Every incentive with recorded actuals, across the scenarios that are not archived: behind ones first (delivering
 * less than their scenario's threshold), each with its delivery ratio, clawback share, outlays and money back so far.
 * Everyone reads it and may export it; who may record actuals on a scenario gets a button that opens it to do so.
 */
@Route("monitoring")
@Menu(order = 25, title = "monitoring.nav", icon = "vaadin:eye")
@PermitAll
@StyleSheet("styles/monitoring.css")
class MonitoringView extends VerticalLayout implements HasDynamicTitle {
    private final MonitoringService service;
    final Grid<MonitoredIncentive> grid = new Grid<>();
    final TextField filter = new TextField();
    final Checkbox behindOnly = new Checkbox();
    final Span count = new Span();
    // What the export writes: the filter as last applied, read by the download request outside the UI's lock.
    private volatile MonitoringQuery applied = MonitoringQuery.all();
    private final Locale exportLocale;

    MonitoringView(MonitoringService service) {
        this.service = service;
        this.exportLocale = getLocale();
        addClassName("monitoring-view");
        setSizeFull();
        var intro = new Paragraph(getTranslation("monitoring.intro"));
        intro.addClassName("monitoring-intro");

        filter.setId("monitoring-filter");
        filter.setPlaceholder(getTranslation("monitoring.filter"));
        filter.setAriaLabel(getTranslation("monitoring.filter"));
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setMaxLength(200);
        filter.setWidth("22rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        behindOnly.setId("monitoring-behind-only");
        behindOnly.setLabel(getTranslation("monitoring.behindOnly"));
        behindOnly.addValueChangeListener(e -> refresh());
        count.setId("monitoring-count");
        Locale locale = getLocale();
        var export = Downloads.link(
                Downloads.excel(
                        () -> getTranslation(exportLocale, "monitoring.export.file") + "-" + LocalDate.now() + ".xlsx",
                        out -> service.export(applied, exportLocale, key -> getTranslation(exportLocale, key), out)),
                getTranslation("monitoring.export"));
        export.setId("monitoring-export");
        export.addClassName("monitoring-export");
        var toolbar = new HorizontalLayout(filter, behindOnly, count, export);
        toolbar.addClassName("monitoring-toolbar");
        toolbar.setWidthFull();

        columns(locale);
        grid.setId("monitoring-grid");
        grid.addClassName("monitoring-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPartNameGenerator(m -> m.behind() ? "behind-row" : null);
        grid.setSizeFull();
        grid.setMultiSort(true);
        add(new H2(getTranslation("monitoring.title")), intro, toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /**
     * Names first, then the delivery, which is what the list is read for, so that it shows at 1280 px without
     * scrolling; the descriptive columns come last. The scenario stays at the left and the action at the right while
     * the figures scroll between them.
     */
    private void columns(Locale locale) {
        grid.addComponentColumn(this::scenarioLink)
                .setHeader(getTranslation("monitoring.column.scenario"))
                .setKey("scenario")
                .setComparator(Comparator.comparing(MonitoredIncentive::scenarioName, String.CASE_INSENSITIVE_ORDER))
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(0)
                .setResizable(true)
                .setFrozen(true)
                .setTooltipGenerator(MonitoredIncentive::scenarioName);
        SerializableFunction<MonitoredIncentive, String> incentive =
                m -> m.name().equals(m.code()) ? m.code() : m.code() + " · " + m.name();
        text("incentive", incentive)
                .setAutoWidth(false)
                .setWidth("14rem")
                .setFlexGrow(1)
                .setTooltipGenerator(incentive::apply);
        number("ratio", m -> share(m.deliveryRatio(), locale), MonitoredIncentive::deliveryRatio)
                .setPartNameGenerator(m -> m.behind() ? "behind-cell" : null)
                .setTooltipGenerator(m -> getTranslation(m.behind() ? "monitoring.behind" : "monitoring.onTrack"));
        number("lastYear", m -> m.lastYear() == null ? "" : String.valueOf(m.lastYear()), m -> nullable(m.lastYear()));
        number("promisedJobs", m -> count(m.promisedJobs(), locale), MonitoredIncentive::promisedJobs);
        number("actualJobs", m -> count(m.actualJobs(), locale), MonitoredIncentive::actualJobs);
        number("threshold", m -> share(m.threshold(), locale), MonitoredIncentive::threshold);
        number("clawbackShare", m -> share(m.clawbackShare(), locale), MonitoredIncentive::clawbackShare);
        number("outlay", m -> money(m.outlayToDate(), m, locale), MonitoredIncentive::outlayToDate);
        number("variance", m -> money(m.outlayVariance(), m, locale), MonitoredIncentive::outlayVariance);
        number("moneyBack", m -> money(m.moneyBackToDate(), m, locale), MonitoredIncentive::moneyBackToDate);
        number("costPerJob", m -> money(m.costPerDeliveredJob(), m, locale), MonitoredIncentive::costPerDeliveredJob);
        SerializableFunction<MonitoredIncentive, String> city = m -> m.city() == null ? "" : m.city();
        text("city", city).setAutoWidth(false).setWidth("10rem").setTooltipGenerator(city::apply);
        text("type", m -> getTranslation("incentiveType." + m.type().name()));
        text("status", m -> getTranslation("scenario.status." + m.status().name()));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private Grid.Column<MonitoredIncentive> text(String key, SerializableFunction<MonitoredIncentive, String> value) {
        return grid.addColumn(value::apply)
                .setHeader(getTranslation("monitoring.column." + key))
                .setKey(key)
                .setComparator(Comparator.comparing(value::apply, String.CASE_INSENSITIVE_ORDER))
                .setSortable(true)
                .setAutoWidth(true)
                .setResizable(true);
    }

    // Sorted by the figure, not its text; an empty figure sorts last either way round.
    private Grid.Column<MonitoredIncentive> number(
            String key,
            SerializableFunction<MonitoredIncentive, String> shown,
            SerializableFunction<MonitoredIncentive, @Nullable Double> value) {
        return grid.addColumn(shown::apply)
                .setHeader(getTranslation("monitoring.column." + key))
                .setKey(key)
                .setComparator(Comparator.comparing(value::apply, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true)
                .setAutoWidth(true)
                .setResizable(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    private Component scenarioLink(MonitoredIncentive m) {
        var link = new Anchor("scenarios/" + m.scenarioId(), m.scenarioName());
        link.addClassName("monitoring-scenario-link");
        return link;
    }

    private Component actions(MonitoredIncentive m) {
        if (!m.editable()) {
            return new Span();
        }
        var record = new Button(getTranslation("monitoring.record"), VaadinIcon.EDIT.create());
        record.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        record.addClassName("monitoring-record");
        long id = m.scenarioId();
        record.addClickListener(e -> UI.getCurrent().navigate("scenarios/" + id, QueryParameters.of("tab", "actuals")));
        return record;
    }

    private void refresh() {
        var query = new MonitoringQuery(filter.getValue(), behindOnly.getValue());
        applied = query;
        List<MonitoredIncentive> rows = service.incentives(query);
        List<GridSortOrder<MonitoredIncentive>> order = grid.getSortOrder();
        grid.setItems(rows);
        grid.sort(order);
        long behind = rows.stream().filter(MonitoredIncentive::behind).count();
        count.setText(getTranslation("monitoring.count", rows.size(), behind));
    }

    private static @Nullable Double nullable(@Nullable Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static String count(@Nullable Double value, Locale locale) {
        return value == null ? "—" : Formats.count(value, locale);
    }

    private static String share(@Nullable Double value, Locale locale) {
        return value == null ? "—" : Formats.percent(value, locale);
    }

    private static String money(@Nullable Double value, MonitoredIncentive m, Locale locale) {
        return value == null ? "—" : MoneyScale.format(value, locale, m.currency());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.page-title");
    }
}
