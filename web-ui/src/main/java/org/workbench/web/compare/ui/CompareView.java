package org.workbench.web.compare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
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
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.compare.CompareException;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.CompareService;
import org.workbench.web.compare.Comparison;
import org.workbench.web.compare.HorizonMode;
import org.workbench.web.compare.HorizonText;
import org.workbench.web.compare.Revisions;
import org.workbench.web.compare.ScenarioChoice;

/**
 * Two to six scenarios side by side. The URL holds the selection ({@code /compare?ids=3,7,9&base=3}, with
 * {@code &revisions=approved} for the approved revisions only) so that a comparison can be shared and reloaded; every
 * signed-in role may compare what it can read.
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
    private final Anchor reportLink = new Anchor("", getTranslation("report.open"));
    private final Paragraph message = new Paragraph();
    private final Paragraph horizonNote = new Paragraph();
    private final RadioButtonGroup<HorizonMode> horizonChoice = new RadioButtonGroup<>();
    final Checkbox approvedOnly = new Checkbox(getTranslation("compare.revisions.approved"));
    private final Div horizonBar = new Div(horizonNote, horizonChoice);
    private final Div content = new Div();
    // Built once and refilled on every selection.
    private final List<CompareSection> sections =
            List.of(new ComparedStates(), new KpiSection(), new RiskSection(), new ChartSection(), new InputSection());

    // Ids in the order the user picked them: the columns keep that order.
    private List<Long> selectedIds = List.of();
    private HorizonMode horizon = HorizonMode.COMMON;
    private Revisions revisions = Revisions.LATEST;
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
        // Before a comparison is chosen there is nothing to report on.
        reportLink.addClassName("compare-report");
        reportLink.setVisible(false);

        horizonChoice.setLabel(getTranslation("compare.horizon.choice"));
        horizonChoice.setItems(HorizonMode.values());
        horizonChoice.setItemLabelGenerator(mode -> getTranslation("compare.horizon.mode." + mode.name()));
        horizonChoice.addClassName("compare-horizon-choice");
        horizonChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && !updatingFields && e.getValue() != null) {
                horizon = e.getValue();
                select(
                        selectedIds,
                        baseSelect.getValue() == null
                                ? -1
                                : baseSelect.getValue().id());
            }
        });
        horizonNote.addClassName("compare-horizon-note");
        horizonBar.addClassName("compare-horizon");
        horizonBar.setVisible(false);

        approvedOnly.setHelperText(getTranslation("compare.revisions.approved.helper"));
        approvedOnly.addClassName("compare-approved-only");
        approvedOnly.addValueChangeListener(e -> {
            if (e.isFromClient() && !updatingFields) {
                revisionsChanged(Boolean.TRUE.equals(e.getValue()) ? Revisions.APPROVED : Revisions.LATEST);
            }
        });

        var toolbar = new HorizontalLayout(picker, baseSelect, approvedOnly, exportLink, reportLink);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("compare-toolbar");
        message.addClassName("compare-message");
        content.addClassName("compare-content");
        content.setWidthFull();

        add(toolbar, message, horizonBar, content);
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
            CompareRequest request = CompareRequest.parse(
                    ids, base, first(parameters.get("horizon")), first(parameters.get("revisions")));
            horizon = request.horizon();
            revisions = request.revisions();
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

    /**
     * Goes to the comparison of the other revisions through the router, as a link with the option would: a
     * refusal for a scenario never approved then reads as on a reloaded page, and the browser's back returns.
     */
    private void revisionsChanged(Revisions rule) {
        revisions = rule;
        long baseId = baseSelect.getValue() == null ? -1 : baseSelect.getValue().id();
        if (selectedIds.size() < CompareRequest.MIN) {
            writeUrl(selectedIds, baseId);
            return;
        }
        String location = location(selectedIds, baseId);
        getUI().ifPresent(ui -> {
            ui.navigate(CompareView.class, QueryParameters.fromString(location.substring(location.indexOf('?') + 1)));
            // The router writes the commas encoded: put the readable link back.
            replaceUrl(ui, location);
        });
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
            show(new CompareRequest(ids, baseId, horizon, revisions));
        } catch (CompareException e) {
            fail(e);
        }
    }

    private void show(CompareRequest request) {
        // The fields first: after a refusal they show what was asked, so that the user can change it.
        selectedIds = request.ids();
        fillFields(request.ids(), request.baseId());
        Comparison result = service.compare(request);
        message.setText(result.mixedCurrencies() ? getTranslation("compare.mixedCurrencies") : "");
        message.setVisible(result.mixedCurrencies());
        message.removeClassName("error");
        Locale locale = getLocale();
        exportLink.setHref(exportHandler(request, locale));
        reportLink.setHref("compare/report?" + request.query());
        exportLink.setVisible(true);
        reportLink.setVisible(true);
        showHorizon(result);
        sections.forEach(section -> section.fill(result));
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
            approvedOnly.setValue(revisions == Revisions.APPROVED);
        } finally {
            updatingFields = false;
        }
    }

    /** Says when the horizons differ and over which years the figures run; offers the other rules then. */
    private void showHorizon(Comparison result) {
        boolean differ = result.horizon().differ();
        horizonBar.setVisible(differ);
        horizonBar.removeClassName("warning");
        if (differ) {
            horizonBar.addClassName("warning");
            horizonNote.setText(HorizonText.of(result, this::getTranslation));
            updatingFields = true;
            try {
                horizonChoice.setValue(result.horizon().applied());
            } finally {
                updatingFields = false;
            }
        }
    }

    private void writeUrl(List<Long> ids, long baseId) {
        String location = location(ids, baseId);
        getUI().ifPresent(ui -> replaceUrl(ui, location));
    }

    // Written as is: the router's own history API would encode the commas of the shared link.
    private static void replaceUrl(UI ui, String location) {
        ui.getPage().executeJs("history.replaceState(history.state, '', $0)", location);
    }

    private String location(List<Long> ids, long baseId) {
        if (ids.isEmpty()) {
            return "compare";
        }
        String horizonParameter = horizon == HorizonMode.COMMON ? "" : "&horizon=" + horizon.parameter();
        String revisionsParameter = revisions == Revisions.LATEST ? "" : "&revisions=" + revisions.parameter();
        return "compare?ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "&base=" + baseId
                + horizonParameter + revisionsParameter;
    }

    private void showHint() {
        content.removeAll();
        exportLink.setVisible(false);
        reportLink.setVisible(false);
        horizonBar.setVisible(false);
        message.removeClassName("error");
        message.setText(getTranslation("compare.hint", CompareRequest.MIN, CompareRequest.MAX));
        message.setVisible(true);
    }

    private void fail(CompareException e) {
        content.removeAll();
        exportLink.setVisible(false);
        reportLink.setVisible(false);
        horizonBar.setVisible(false);
        message.addClassName("error");
        message.setText(getTranslation(e.messageKey(), e.arguments()));
        message.setVisible(true);
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
