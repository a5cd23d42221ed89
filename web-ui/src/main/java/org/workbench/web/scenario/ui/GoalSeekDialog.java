package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.GoalSeek;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputField;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.KpiUnit;
import org.workbench.domain.Scenario;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;

/**
 * Goal seek in the editor: the planner picks an input (a setting, or an industry's or incentive's field), a key
 * figure and a target; the domain searches the value within the field's rule ({@link GoalSeek}). Nothing changes
 * until the planner applies the value found; then it goes into the editor as an edit would. Cancel changes nothing.
 */
class GoalSeekDialog extends Dialog {
    /** How the editor takes a value the planner accepted. */
    interface Apply {
        void apply(GoalSeek.Input input, double value);
    }

    /** An item to change: the settings, or one industry or incentive by code. */
    record Item(
            ItemKind kind,
            @Nullable String code,
            @Nullable String name,
            @Nullable IncentiveType type) {}

    private final Scenario scenario;
    private final Apply applier;
    private final ComboBox<Item> item = new ComboBox<>();
    private final ComboBox<InputField> field = new ComboBox<>();
    private final ComboBox<Kpi> kpi = new ComboBox<>();
    private final NumberField target = new NumberField();
    private final RadioButtonGroup<GoalSeek.View> view = new RadioButtonGroup<>();
    private final Div outcome = new Div();
    private final Button run = new Button();
    private final Button apply = new Button();
    private final Button cancel = new Button();
    private GoalSeek.@Nullable Input sought;
    private GoalSeek.@Nullable Result found;

    GoalSeekDialog(Scenario scenario, Apply applier) {
        this.scenario = scenario;
        this.applier = applier;
        addClassName("goal-seek-dialog");
        setHeaderTitle(getTranslation("analysis.goalSeek.title"));
        setWidth("min(44rem, 96vw)");

        item.setLabel(getTranslation("analysis.goalSeek.item"));
        item.setItems(items());
        item.setItemLabelGenerator(this::itemLabel);
        item.addClassName("goal-seek-item");
        field.setLabel(getTranslation("analysis.goalSeek.field"));
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.addClassName("goal-seek-field");
        kpi.setLabel(getTranslation("analysis.goalSeek.kpi"));
        kpi.setItems(Kpi.values());
        kpi.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kpi.addClassName("goal-seek-kpi");
        target.setLabel(getTranslation("analysis.goalSeek.target"));
        target.addClassName("goal-seek-target");
        view.setLabel(getTranslation("analysis.view"));
        view.setItems(GoalSeek.View.EXPECTED, GoalSeek.View.PROMISED);
        view.setItemLabelGenerator(v -> getTranslation("analysis.view." + v.name()));
        view.setValue(GoalSeek.View.EXPECTED);
        view.addClassName("goal-seek-view");

        item.addValueChangeListener(e -> {
            Item chosen = e.getValue();
            List<InputField> fields =
                    chosen == null ? List.of() : GoalSeek.seekableFields(chosen.kind(), chosen.type());
            field.setItems(fields);
            field.setValue(preferred(fields));
            forget();
        });
        field.addValueChangeListener(e -> forget());
        kpi.addValueChangeListener(e -> {
            target.setValue(defaultTarget(e.getValue()));
            forget();
        });
        target.addValueChangeListener(e -> forget());
        view.addValueChangeListener(e -> forget());

        var form = new FormLayout(item, field, kpi, target, view);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(view, 2);
        var hint = new Paragraph(getTranslation("analysis.goalSeek.hint"));
        hint.addClassName("goal-seek-hint");
        outcome.addClassName("goal-seek-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(form, hint, outcome);

        run.setText(getTranslation("analysis.goalSeek.run"));
        run.setIcon(VaadinIcon.SEARCH.create());
        run.addClassName("goal-seek-run");
        run.addClickListener(e -> run());
        apply.setText(getTranslation("analysis.goalSeek.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClassName("goal-seek-apply");
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        cancel.setText(getTranslation("analysis.goalSeek.cancel"));
        cancel.addClassName("goal-seek-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, run, apply);

        List<Item> all = items();
        // The question planners ask first: what but-for share of the first incentive breaks even.
        item.setValue(all.size() > 1 ? all.get(1) : all.getFirst());
        kpi.setValue(Kpi.NPV);
    }

    /** A button that opens the dialog on the scenario as it stands, or says why it cannot. */
    static Button opener(Supplier<@Nullable Scenario> current, Apply applier) {
        var button = new Button();
        button.setText(button.getTranslation("analysis.goalSeek.open"));
        button.setIcon(VaadinIcon.CROSSHAIRS.create());
        button.addClassName("goal-seek-button");
        button.addClickListener(e -> {
            Scenario scenario = current.get();
            if (scenario == null) {
                Notification.show(
                                button.getTranslation("analysis.goalSeek.invalid"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            new GoalSeekDialog(scenario, applier).open();
        });
        return button;
    }

    /** Searches with the choices made; shows the value found, or why there is none. */
    void run() {
        Item chosen = item.getValue();
        InputField input = field.getValue();
        Kpi figure = kpi.getValue();
        Double goal = target.getValue();
        if (chosen == null || input == null || figure == null || goal == null) {
            show(getTranslation("analysis.goalSeek.choose"), "incomplete");
            return;
        }
        var what = new GoalSeek.Input(chosen.kind(), chosen.code(), input.key());
        GoalSeek.Result result = GoalSeek.seek(scenario, what, figure, goal, view.getValue());
        String fieldName = getTranslation(input.labelKey());
        String kpiName = getTranslation(figure.labelKey());
        switch (result.status()) {
            case FOUND -> {
                sought = what;
                found = result;
                show(
                        getTranslation(
                                "analysis.goalSeek.found",
                                fieldName,
                                value(input, chosen.type(), result.value().orElseThrow()),
                                value(input, chosen.type(), result.current()),
                                kpiName,
                                figure(figure, result.figure()),
                                figure(figure, result.currentFigure())),
                        "found");
            }
            case STEPS_OVER ->
                show(
                        getTranslation(
                                "analysis.goalSeek.stepsOver",
                                kpiName,
                                figure(figure, OptionalDouble.of(goal)),
                                fieldName,
                                value(input, chosen.type(), result.value().orElseThrow()),
                                figure(figure, result.figure())),
                        "steps-over");
            case NOT_REACHED ->
                show(
                        result.lowestFigure().isEmpty()
                                ? getTranslation(
                                        "analysis.goalSeek.undefined",
                                        fieldName,
                                        value(input, chosen.type(), result.searchedLow()),
                                        value(input, chosen.type(), result.searchedHigh()),
                                        kpiName)
                                : getTranslation(
                                        "analysis.goalSeek.notReached",
                                        fieldName,
                                        value(input, chosen.type(), result.searchedLow()),
                                        value(input, chosen.type(), result.searchedHigh()),
                                        kpiName,
                                        figure(figure, OptionalDouble.of(goal)),
                                        figure(figure, result.lowestFigure()),
                                        figure(figure, result.highestFigure())),
                        "not-reached");
        }
        apply.setEnabled(found != null);
    }

    /** Puts the value found into the editor and closes; does nothing before a value is found. */
    void apply() {
        GoalSeek.Input what = sought;
        GoalSeek.Result result = found;
        if (what == null || result == null || result.value().isEmpty()) {
            return;
        }
        applier.apply(what, result.value().getAsDouble());
        close();
        Notification.show(
                        getTranslation(
                                "analysis.goalSeek.applied",
                                getTranslation(what.inputField().labelKey()),
                                value(
                                        what.inputField(),
                                        item.getValue().type(),
                                        result.value().getAsDouble())),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void show(String text, String state) {
        outcome.setText(text);
        outcome.getElement().setAttribute("data-state", state);
    }

    /** Any change of the question makes the last answer moot. */
    private void forget() {
        sought = null;
        found = null;
        apply.setEnabled(false);
        outcome.setText("");
        outcome.getElement().removeAttribute("data-state");
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(ItemKind.SETTINGS, null, null, null));
        for (Incentive incentive : scenario.incentives()) {
            items.add(new Item(ItemKind.INCENTIVE, incentive.code(), incentive.name(), incentive.type()));
        }
        for (Industry industry : scenario.industries()) {
            items.add(new Item(ItemKind.INDUSTRY, industry.code(), industry.name(), null));
        }
        return items;
    }

    private String itemLabel(Item chosen) {
        return switch (chosen.kind()) {
            case SETTINGS -> getTranslation("analysis.goalSeek.settings");
            case INDUSTRY -> getTranslation("analysis.goalSeek.industry", chosen.code(), chosen.name());
            case INCENTIVE -> getTranslation("analysis.goalSeek.incentive", chosen.code(), chosen.name());
        };
    }

    private static @Nullable InputField preferred(List<InputField> fields) {
        for (String key : List.of("butForShare", "taxRate", "discountRate")) {
            for (InputField f : fields) {
                if (f.key().equals(key)) {
                    return f;
                }
            }
        }
        return fields.isEmpty() ? null : fields.getFirst();
    }

    /** Break-even for the ratios the planners ask about, else the figure as it stands. */
    private Double defaultTarget(@Nullable Kpi chosen) {
        if (chosen == null || chosen == Kpi.NPV) {
            return 0.0;
        }
        if (chosen == Kpi.BENEFIT_COST_RATIO) {
            return 1.0;
        }
        return GoalSeek.figure(scenario, chosen, view.getValue()).orElse(0);
    }

    private String value(InputField input, @Nullable IncentiveType type, double v) {
        Locale locale = getLocale();
        FieldKind kind = input.kind(type);
        return switch (kind) {
            case SHARE -> Formats.decimals(v * 100, 4, locale) + "%";
            case MONEY -> MoneyScale.format(v, locale, currency()) + " (" + Formats.decimals(v, 2, locale) + ")";
            default -> Formats.decimals(v, 6, locale);
        };
    }

    private String figure(Kpi k, OptionalDouble v) {
        if (v.isEmpty()) {
            return "—";
        }
        double x = v.getAsDouble();
        return k.unit() == KpiUnit.MONEY || k.unit() == KpiUnit.MONEY_PER_JOB
                ? MoneyScale.format(x, getLocale(), currency())
                : k.unit() == KpiUnit.RATIO
                        ? Formats.decimals(x, 4, getLocale())
                        : Formats.kpi(k.unit(), x, getLocale());
    }

    private String currency() {
        return scenario.settings().currency();
    }

    // Package-private views of the state, for browserless tests.
    ComboBox<Item> itemChoice() {
        return item;
    }

    ComboBox<InputField> fieldChoice() {
        return field;
    }

    ComboBox<Kpi> kpiChoice() {
        return kpi;
    }

    NumberField targetField() {
        return target;
    }

    String outcomeText() {
        return outcome.getText();
    }

    Button applyButton() {
        return apply;
    }

    Button cancelButton() {
        return cancel;
    }
}
