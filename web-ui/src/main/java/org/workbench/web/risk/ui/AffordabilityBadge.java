package org.workbench.web.risk.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.workbench.web.base.Formats;
import org.workbench.web.risk.Affordability;

/**
 * A warning for the editor's header when the incentives take more of a year's budget than the thresholds allow:
 * amber above 10%, red above 30%. Hidden when they stay within them or no budget is given.
 */
public class AffordabilityBadge extends Span {

    public AffordabilityBadge() {
        addClassName("affordability-badge");
        setVisible(false);
    }

    public void show(Affordability affordability) {
        Affordability.Level level = affordability.level();
        getElement().setAttribute("data-level", level.name());
        boolean warn = level == Affordability.Level.AMBER || level == Affordability.Level.RED;
        setVisible(warn);
        if (!warn) {
            setText("");
            return;
        }
        Locale locale = getLocale();
        setText(getTranslation(
                "risk.badge." + level.name(),
                Formats.percent(affordability.worstPeakOutlayShare().orElse(0), locale)));
        getElement()
                .setAttribute(
                        "title",
                        getTranslation(
                                "risk.afford.thresholds",
                                Formats.percent(Affordability.AMBER, locale),
                                Formats.percent(Affordability.RED, locale)));
    }
}
