package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.workbench.domain.SampleScenario;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/** Start a scenario: blank, or from one of the domain's illustrative samples. */
class NewScenarioDialog extends Dialog {
    static final String BLANK = "blank";

    NewScenarioDialog(Clock clock, Consumer<Scenario> create) {
        addClassName("new-scenario-dialog");
        setHeaderTitle(getTranslation("scenario.new.title"));
        setWidth("min(40rem, 95vw)");
        var start = new RadioButtonGroup<String>(getTranslation("scenario.new.startFrom"));
        start.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        var options = new java.util.ArrayList<String>();
        options.add(BLANK);
        SampleScenarios.all().forEach(s -> options.add(s.id()));
        start.setItems(options);
        start.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(id -> {
            if (BLANK.equals(id)) {
                return new Div(new Span(getTranslation("scenario.new.blank")));
            }
            SampleScenario sample = SampleScenarios.byId(id).orElseThrow();
            var hint = new Span(getTranslation(sample.descriptionKey()));
            hint.addClassName("hint");
            return new Div(new Span(getTranslation(sample.nameKey())), new Div(hint));
        }));
        var name = new TextField(getTranslation("field.settings.name"));
        name.setWidthFull();
        name.addClassName("new-scenario-name");
        start.addValueChangeListener(e -> name.setValue(sample(e.getValue())
                .map(s -> getTranslation(s.nameKey()))
                .orElse(getTranslation("scenario.new.blankName"))));
        start.setValue(options.get(1 < options.size() ? 1 : 0));
        add(start, name);

        var createButton = new Button(getTranslation("scenario.new.create"), e -> {
            String chosenName = name.getValue().isBlank() ? getTranslation("scenario.new.blankName") : name.getValue();
            Scenario base =
                    sample(start.getValue()).map(SampleScenario::scenario).orElseGet(() -> blank(clock));
            close();
            create.accept(base.withName(chosenName.strip()));
        });
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createButton.addClassName("new-scenario-create");
        getFooter().add(new Button(getTranslation("scenario.action.cancel"), e -> close()), createButton);
    }

    private static Optional<SampleScenario> sample(String id) {
        return id == null || BLANK.equals(id) ? Optional.empty() : SampleScenarios.byId(id);
    }

    /** A scenario without industries or incentives, from this year on, with neutral settings to adjust. */
    static Scenario blank(Clock clock) {
        int year = LocalDate.now(clock).getYear();
        return new Scenario(
                new ScenarioSettings("-", null, year, 10, 0.04, 2.6, 0.5, 0, ScenarioSettings.DEFAULT_CURRENCY, null),
                List.of(),
                List.of());
    }
}
