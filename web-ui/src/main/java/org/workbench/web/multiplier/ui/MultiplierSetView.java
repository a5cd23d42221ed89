package org.workbench.web.multiplier.ui;

import static org.workbench.web.base.Roles.ADMIN;
import static org.workbench.web.base.Roles.PLANNER;
import static org.workbench.web.base.Roles.REVIEWER;
import static org.workbench.web.base.Roles.STAFF;
import static org.workbench.web.base.Roles.VIEWER;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.web.base.Formats;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetDetail;
import org.workbench.web.multiplier.SetSummary;

/** One set: its multipliers per sector as a grid and a chart, and how a chosen sector's multipliers are made. */
@Route("multipliers/:id")
@RolesAllowed({ADMIN, PLANNER, STAFF, VIEWER, REVIEWER})
class MultiplierSetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** The chart shows at most this many sectors (the largest Type II): more bars would be unreadable. */
    static final int CHART_SECTORS = 30;

    private final MultiplierService service;
    private @Nullable SetDetail detail;
    final Grid<SectorMultipliers> grid = new Grid<>();
    final EChart chart = new EChart();

    @Nullable
    DerivationPanel derivation;

    tools.jackson.databind.node.@Nullable ObjectNode chartOption;

    MultiplierSetView(MultiplierService service) {
        this.service = service;
        addClassName("multiplier-set-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SetDetail> found = event.getRouteParameters().getLong("id").flatMap(service::get);
        if (found.isEmpty()) {
            var missing = new Paragraph(getTranslation("multiplier.set.notFound"));
            missing.addClassName("set-not-found");
            add(new H2(getTranslation("multiplier.sets.title")), missing);
            return;
        }
        detail = found.get();
        build(detail);
        // the sector picker links here to show how one sector's multiplier is made
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("regional").ifPresent(r -> {
            if (derivation != null && detail.summary().regional()) {
                derivation.regional.setValue(true);
            }
        });
        query.getSingleParameter("sector")
                .ifPresent(code -> detail.multipliers().stream()
                        .filter(m -> m.code().equals(code))
                        .findFirst()
                        .ifPresent(m -> {
                            if (derivation != null) {
                                derivation.choose(m);
                            }
                        }));
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("multiplier.sets.title")
                : getTranslation(
                        "multiplier.set.title",
                        detail.summary().name(),
                        detail.summary().vintage());
    }

    private void build(SetDetail set) {
        Locale locale = getLocale();
        SetSummary s = set.summary();
        add(new H2(getTranslation("multiplier.set.title", s.name(), s.vintage())));
        var facts = new Paragraph(getTranslation(
                "multiplier.set.facts",
                s.source(),
                s.sectors(),
                s.uploadedBy(),
                s.sha256().substring(0, 12)));
        facts.addClassName("set-facts");
        add(facts);
        if (s.regional()) {
            add(new Paragraph(getTranslation("multiplier.set.regionalNote", Formats.decimals(s.delta(), 2, locale))));
        }
        String fileName = getTranslation("multiplier.set.fileName", s.name(), s.vintage());
        var export = Downloads.link(
                Downloads.excel(() -> fileName, out -> service.exportWorkbook(s.id(), locale, out)),
                getTranslation("multiplier.set.export"));
        export.addClassName("set-export");
        add(export);
        add(new SetUsage(service, s));

        grid.addClassName("multiplier-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SectorMultipliers::code)
                .setHeader(getTranslation("multiplier.col.code"))
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(SectorMultipliers::name)
                .setHeader(getTranslation("multiplier.col.name"))
                .setFlexGrow(2);
        number("multiplier.col.output", SectorMultipliers::output);
        number("multiplier.col.typeI", SectorMultipliers::typeI);
        number("multiplier.col.typeII", SectorMultipliers::typeII);
        if (s.regional()) {
            number("multiplier.col.regionalOutput", SectorMultipliers::regionalOutput);
            number("multiplier.col.regionalTypeI", SectorMultipliers::regionalTypeI);
            number("multiplier.col.regionalTypeII", SectorMultipliers::regionalTypeII);
        }
        grid.setItems(set.multipliers());
        grid.setHeight("24em");
        grid.addItemClickListener(e -> {
            if (derivation != null) {
                derivation.choose(e.getItem());
            }
        });
        add(new H3(getTranslation("multiplier.set.multipliers")), grid);

        chart.addClassName("multiplier-chart");
        chartOption = chartOf(set.multipliers());
        chart.setOption(chartOption);
        add(chart);

        derivation = new DerivationPanel(service, s, set.multipliers());
        add(derivation);
    }

    private void number(String headerKey, ValueProvider<SectorMultipliers, @Nullable Double> value) {
        Locale locale = getLocale();
        grid.addColumn(m -> format(value.apply(m), locale))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(m -> {
                    Double v = value.apply(m);
                    return v == null ? Double.NEGATIVE_INFINITY : v;
                }))
                .setWidth("10em")
                .setFlexGrow(0);
    }

    // Views are proxied by method security, so tests reach their parts through methods, not fields.
    Grid<SectorMultipliers> grid() {
        return grid;
    }

    @Nullable
    DerivationPanel derivation() {
        return derivation;
    }

    tools.jackson.databind.node.@Nullable ObjectNode chartOption() {
        return chartOption;
    }

    static String format(@Nullable Double value, Locale locale) {
        return value == null ? "–" : Formats.decimals(value, 4, locale);
    }

    private tools.jackson.databind.node.ObjectNode chartOf(List<SectorMultipliers> all) {
        List<SectorMultipliers> shown = all.stream()
                .filter(m -> m.typeII() != null)
                .sorted(Comparator.comparing((SectorMultipliers m) -> m.typeII())
                        .reversed())
                .limit(CHART_SECTORS)
                .toList();
        String title = all.size() > CHART_SECTORS
                ? getTranslation("multiplier.chart.top", CHART_SECTORS)
                : getTranslation("multiplier.chart.title");
        return ChartOptions.bars(
                title,
                shown.stream().map(SectorMultipliers::code).toList(),
                List.of(
                        new ChartOptions.Series(
                                getTranslation("multiplier.col.typeI"),
                                shown.stream()
                                        .mapToDouble(SectorMultipliers::typeI)
                                        .toArray()),
                        new ChartOptions.Series(
                                getTranslation("multiplier.col.typeII"),
                                shown.stream()
                                        .mapToDouble(SectorMultipliers::typeII)
                                        .toArray())));
    }
}
