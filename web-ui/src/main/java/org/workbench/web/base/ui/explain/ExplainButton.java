package org.workbench.web.base.ui.explain;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;
import org.workbench.web.base.explain.ExplainedScenario;
import org.workbench.web.base.explain.FigureDefinitions;

/** The small button on a key figure that opens its definition; named for screen readers by the figure. */
@StyleSheet("context://styles/explain.css")
public final class ExplainButton extends Button {
    private final String figureKey;
    private final Supplier<List<ExplainedScenario>> scenarios;

    ExplainButton(String figureKey, Supplier<List<ExplainedScenario>> scenarios) {
        super(VaadinIcon.QUESTION_CIRCLE_O.create());
        this.figureKey = figureKey;
        this.scenarios = scenarios;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        addClassName("explain-button");
        getElement().setAttribute("data-explain", figureKey);
        String label = FigureDefinitions.of(figureKey, getLocale()).label();
        getElement().setAttribute("aria-label", getTranslation("explain.button.aria", label));
        setTooltipText(getTranslation("explain.button.aria", label));
        addClickListener(e -> open());
    }

    /** Opens the definition with the inputs of the scenarios on screen now. */
    public FigureDialog open() {
        var dialog = new FigureDialog(figureKey, scenarios.get());
        dialog.open();
        return dialog;
    }
}
