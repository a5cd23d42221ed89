package org.workbench.web.multiplier.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import org.workbench.domain.multiplier.Derivation;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.web.base.Formats;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetSummary;

/**
 * How one sector j's employment multipliers are made: for every supplying sector i, L_ij and the household-closed
 * L-bar_ij times the employment coefficient eps_i, summed and divided by eps_j.
 */
class DerivationPanel extends Div {
    private final MultiplierService service;
    private final SetSummary set;
    final ComboBox<SectorMultipliers> sector = new ComboBox<>();
    final Checkbox regional = new Checkbox();
    final Grid<Derivation.Row> rows = new Grid<>();
    final Paragraph typeI = new Paragraph();
    final Paragraph typeII = new Paragraph();

    DerivationPanel(MultiplierService service, SetSummary set, List<SectorMultipliers> sectors) {
        this.service = service;
        this.set = set;
        addClassName("derivation");
        setWidthFull();
        Locale locale = getLocale();
        sector.setLabel(getTranslation("multiplier.derivation.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(m -> m.code() + " – " + m.name());
        sector.setWidth("28em");
        sector.addClassName("derivation-sector");
        sector.addValueChangeListener(e -> refresh());
        regional.setLabel(getTranslation("multiplier.derivation.regional"));
        regional.setVisible(set.regional());
        regional.addValueChangeListener(e -> refresh());
        var pickers = new HorizontalLayout(sector, regional);
        pickers.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        rows.addClassName("derivation-grid");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.addColumn(Derivation.Row::code)
                .setHeader(getTranslation("multiplier.col.code"))
                .setWidth("7em")
                .setFlexGrow(0);
        rows.addColumn(Derivation.Row::name)
                .setHeader(getTranslation("multiplier.col.name"))
                .setFlexGrow(2);
        column("multiplier.derivation.leontief", Derivation.Row::leontief, locale);
        column("multiplier.derivation.coefficient", Derivation.Row::employmentCoefficient, locale);
        column("multiplier.derivation.jobs", Derivation.Row::jobs, locale);
        column("multiplier.derivation.leontiefClosed", Derivation.Row::leontiefClosed, locale);
        column("multiplier.derivation.jobsClosed", Derivation.Row::jobsClosed, locale);
        rows.setHeight("22em");
        typeI.addClassName("derivation-type-i");
        typeII.addClassName("derivation-type-ii");
        add(
                new H3(getTranslation("multiplier.derivation.title")),
                new Paragraph(getTranslation("multiplier.derivation.intro")),
                pickers,
                rows,
                typeI,
                typeII);
        if (!sectors.isEmpty()) {
            sector.setValue(sectors.getFirst());
        }
    }

    void choose(SectorMultipliers chosen) {
        sector.setValue(chosen);
    }

    private void column(String headerKey, ValueProvider<Derivation.Row, Double> value, Locale locale) {
        rows.addColumn(r -> Formats.decimals(value.apply(r), 6, locale))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10em")
                .setFlexGrow(0);
    }

    private void refresh() {
        SectorMultipliers chosen = sector.getValue();
        if (chosen == null) {
            rows.setItems(List.of());
            typeI.setText("");
            typeII.setText("");
            return;
        }
        Locale locale = getLocale();
        service.derivation(set.id(), chosen.code(), regional.getValue())
                .ifPresentOrElse(
                        d -> {
                            rows.setItems(d.rows());
                            String own = Formats.decimals(d.ownCoefficient(), 6, locale);
                            typeI.setText(
                                    d.typeI() == null
                                            ? getTranslation("multiplier.derivation.noJobs", d.code())
                                            : getTranslation(
                                                    "multiplier.derivation.typeI",
                                                    d.code(),
                                                    Formats.decimals(d.jobs(), 6, locale),
                                                    own,
                                                    MultiplierSetView.format(d.typeI(), locale)));
                            typeII.setText(
                                    d.typeII() == null
                                            ? ""
                                            : getTranslation(
                                                    "multiplier.derivation.typeII",
                                                    d.code(),
                                                    Formats.decimals(d.jobsClosed(), 6, locale),
                                                    own,
                                                    MultiplierSetView.format(d.typeII(), locale)));
                        },
                        () -> rows.setItems(List.of()));
    }
}
