package org.workbench.web.multiplier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.SectorLink;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.web.base.Formats;
import org.workbench.web.multiplier.MultiplierService;
import org.workbench.web.multiplier.SetDetail;
import org.workbench.web.multiplier.SetSummary;

/** Choose set, then sector, then Type I or II; see the multiplier it gives, or keep a typed one as an override. */
final class SectorPickerDialog extends Dialog {
    private final MultiplierService service;
    private final BiConsumer<@Nullable SectorLink, @Nullable Double> done;
    final ComboBox<SetSummary> set = new ComboBox<>();
    final ComboBox<SectorMultipliers> sector = new ComboBox<>();
    final RadioButtonGroup<MultiplierType> type = new RadioButtonGroup<>();
    final Paragraph derived = new Paragraph();
    final Anchor derivation = new Anchor();
    final Checkbox override = new Checkbox();
    final NumberField typed = new NumberField();
    private @Nullable SectorLink found;

    SectorPickerDialog(
            MultiplierService service,
            @Nullable SectorLink current,
            @Nullable Double typedNow,
            BiConsumer<@Nullable SectorLink, @Nullable Double> done) {
        this.service = service;
        this.done = done;
        addClassName("sector-picker-dialog");
        setHeaderTitle(getTranslation("multiplier.picker.title"));
        List<SetSummary> sets = service.list();
        set.setLabel(getTranslation("multiplier.picker.set"));
        set.setItems(sets);
        set.setItemLabelGenerator(s -> getTranslation("multiplier.set.title", s.name(), s.vintage()));
        set.setWidth("24em");
        set.addClassName("picker-set");
        sector.setLabel(getTranslation("multiplier.derivation.sector"));
        sector.setItemLabelGenerator(m -> m.code() + " – " + m.name());
        sector.setWidth("24em");
        sector.addClassName("picker-sector");
        type.setLabel(getTranslation("multiplier.picker.typeLabel"));
        type.setItems(MultiplierType.values());
        type.setItemLabelGenerator(t -> getTranslation("multiplier.picker.type." + t.name()));
        type.setValue(MultiplierType.TYPE_II);
        type.addClassName("picker-type");
        derived.addClassName("picker-derived");
        derivation.setText(getTranslation("multiplier.picker.howMade"));
        derivation.addClassName("picker-derivation");
        derivation.setTarget("_blank");
        override.setLabel(getTranslation("multiplier.picker.override"));
        override.addClassName("picker-override");
        typed.setLabel(getTranslation("multiplier.picker.typed"));
        typed.setMin(1);
        typed.addClassName("picker-typed");
        typed.setValue(typedNow);

        set.addValueChangeListener(e -> {
            SetSummary chosen = e.getValue();
            sector.setItems(
                    chosen == null
                            ? List.of()
                            : service.get(chosen.id())
                                    .map(SetDetail::multipliers)
                                    .orElse(List.of()));
            refresh();
        });
        sector.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        override.addValueChangeListener(e -> typed.setVisible(e.getValue()));
        if (current != null) {
            sets.stream().filter(s -> s.id() == current.setId()).findFirst().ifPresent(set::setValue);
            sector.getListDataView()
                    .getItems()
                    .filter(m -> m.code().equals(current.sectorCode()))
                    .findFirst()
                    .ifPresent(sector::setValue);
            type.setValue(current.type());
            override.setValue(current.overridden());
        }
        typed.setVisible(override.getValue());
        refresh();

        var layout = new VerticalLayout(set, sector, type, derived, derivation, override, typed);
        layout.setPadding(false);
        add(layout);
        var link = new Button(getTranslation("multiplier.picker.link"), e -> confirm());
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClassName("picker-confirm");
        var cancel = new Button(getTranslation("multiplier.picker.cancel"), e -> close());
        getFooter().add(cancel, link);
    }

    private void refresh() {
        SetSummary chosenSet = set.getValue();
        SectorMultipliers chosenSector = sector.getValue();
        found = null;
        derivation.setVisible(false);
        if (chosenSet == null || chosenSector == null || type.getValue() == null) {
            derived.setText(getTranslation("multiplier.picker.chooseFirst"));
            return;
        }
        Optional<SectorLink> link = service.link(chosenSet.id(), chosenSector.code(), type.getValue());
        derivation.setHref("multipliers/" + chosenSet.id() + "?sector="
                + java.net.URLEncoder.encode(chosenSector.code(), java.nio.charset.StandardCharsets.UTF_8)
                + (chosenSet.regional() ? "&regional=1" : ""));
        derivation.setVisible(true);
        if (link.isEmpty()) {
            derived.setText(getTranslation("multiplier.derivation.noJobs", chosenSector.code()));
            return;
        }
        found = link.get();
        derived.setText(getTranslation(
                "multiplier.picker.derived",
                getTranslation("multiplier.picker.type." + found.type().name())
                        + (found.regional() ? getTranslation("multiplier.picker.regionalSuffix") : ""),
                found.sectorCode(),
                Formats.decimals(found.derived(), 4, getLocale())));
    }

    private void confirm() {
        if (found == null) {
            derived.setText(getTranslation("multiplier.picker.chooseFirst"));
            return;
        }
        if (override.getValue()) {
            Double value = typed.getValue();
            if (value == null || !(value >= 1)) {
                typed.setInvalid(true);
                typed.setErrorMessage(getTranslation("multiplier.picker.typedInvalid"));
                return;
            }
            done.accept(Objects.requireNonNull(found).withOverride(true), value);
        } else {
            done.accept(found, null);
        }
        close();
    }
}
