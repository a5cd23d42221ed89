package org.workbench.web.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure of the Risk tab as a small card: its label, its value and its description as the tooltip. */
final class RiskCard {
    private RiskCard() {}

    /** The value of a card, a dash until the figures arrive. */
    static Span value(String id) {
        var span = new Span("—");
        span.addClassName("risk-card-value");
        span.setId(id);
        return span;
    }

    static Div of(Component i18n, String key, Span value) {
        var label = new Span(i18n.getTranslation(key));
        label.addClassName("risk-card-label");
        var card = new Div(label, value);
        card.addClassName("risk-card");
        card.getElement().setAttribute("title", i18n.getTranslation(key + ".description"));
        return card;
    }
}
