package org.workbench.web.multiplier.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.InputField;
import org.workbench.domain.SectorLink;
import org.workbench.web.base.Formats;
import org.workbench.web.multiplier.MultiplierService;

/**
 * An industry's link to a sector of a stored multiplier set, as the scenario editor edits it: the cell says where
 * the multiplier comes from (set, vintage, sector, Type I or II, or that a typed value overrides it) and opens a
 * {@link SectorPickerDialog} to choose set, sector and type. Choosing sets the row's employment multiplier to the
 * sector's; an override keeps the typed one.
 */
public final class SectorPicker extends CustomField<@Nullable SectorLink> {
    private final Span summary = new Span();
    private final Button choose = new Button(VaadinIcon.LINK.create());
    private final Button unlink = new Button(VaadinIcon.UNLINK.create());
    private @Nullable SectorLink link;
    private @Nullable MultiplierInput multiplier;
    private boolean dialogOpen;

    public SectorPicker() {
        addClassName("sector-picker");
        summary.addClassName("sector-link-summary");
        choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        choose.addClassName("sector-link-choose");
        choose.setAriaLabel(getTranslation("multiplier.picker.choose"));
        choose.setTooltipText(getTranslation("multiplier.picker.choose"));
        choose.addClickListener(e -> open());
        // Inside the open grid row, the grid takes the mouse's click for itself (the button only gets focus):
        // the press opens the picker too.
        choose.getElement().addEventListener("mousedown", e -> open());
        unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        unlink.addClassName("sector-link-remove");
        unlink.setAriaLabel(getTranslation("multiplier.picker.unlink"));
        unlink.setTooltipText(getTranslation("multiplier.picker.unlink"));
        unlink.addClickListener(e -> choose(null, null));
        var row = new HorizontalLayout(choose, summary, unlink);
        row.setSpacing(false);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(row);
        show();
    }

    /** The picker for the industry's sector link, null for every other field: for ItemsEditor's {@code inputOf}. */
    public static @Nullable AbstractField<?, ?> forField(InputField field) {
        return field.key().equals("sectorLink") ? new SectorPicker() : null;
    }

    /** The row's employment multiplier input, as the picker reads it and sets it when a sector is chosen. */
    public interface MultiplierInput {
        @Nullable
        Double get();

        void set(double value);
    }

    /** Lets the picker set the row's employment multiplier input when a sector is chosen. */
    public static void pair(AbstractField<?, ?> picker, MultiplierInput multiplier) {
        if (picker instanceof SectorPicker p) {
            p.multiplier = multiplier;
        }
    }

    @Override
    protected @Nullable SectorLink generateModelValue() {
        return link;
    }

    @Override
    protected void setPresentationValue(@Nullable SectorLink value) {
        link = value;
        show();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        choose.setEnabled(!readOnly);
        unlink.setEnabled(!readOnly);
    }

    /** Takes a choice of the dialog: the link (null: none) and, unless overridden, its value as the multiplier. */
    void choose(@Nullable SectorLink chosen, @Nullable Double typed) {
        if (multiplier != null && chosen != null) {
            multiplier.set(chosen.overridden() && typed != null ? typed : chosen.derived());
        }
        link = chosen;
        show();
        updateValue();
    }

    private void open() {
        if (isReadOnly() || dialogOpen) {
            return;
        }
        dialogOpen = true;
        MultiplierService service = VaadinService.getCurrent().getInstantiator().getOrCreate(MultiplierService.class);
        Double typed = multiplier == null ? null : multiplier.get();
        var dialog = new SectorPickerDialog(service, link, typed, this::choose);
        dialog.addOpenedChangeListener(e -> dialogOpen = e.isOpened());
        dialog.open();
    }

    private void show() {
        summary.setText(describe(link, multiplier == null ? null : multiplier.get(), this, getLocale()));
        unlink.setVisible(link != null);
    }

    /** Where a multiplier comes from, in words: the set, vintage, sector and type, or the typed value overriding it. */
    static String describe(
            @Nullable SectorLink link,
            @Nullable Double typed,
            com.vaadin.flow.component.Component context,
            Locale locale) {
        if (link == null) {
            return context.getTranslation("multiplier.picker.none");
        }
        String type =
                context.getTranslation("multiplier.picker.type." + link.type().name());
        String value = Formats.decimals(link.derived(), 4, locale);
        String regional = link.regional() ? context.getTranslation("multiplier.picker.regionalSuffix") : "";
        if (link.overridden()) {
            return context.getTranslation(
                    "multiplier.picker.overridden",
                    typed == null ? "–" : Formats.decimals(typed, 4, locale),
                    link.setName(),
                    link.vintage(),
                    link.sectorCode(),
                    type + regional,
                    value);
        }
        return context.getTranslation(
                "multiplier.picker.linked", link.setName(), link.vintage(), link.sectorCode(), type + regional, value);
    }
}
