package org.workbench.web.risk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.OptionalDouble;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.risk.Affordability;

/**
 * Can the city pay: the peak share of a year's budget the incentives take, their share of the budget in present
 * value, the deepest cumulative deficit, and the outlay year by year against the thresholds. Each figure is the
 * expected one, with the promise beside it when they differ.
 */
class AffordabilitySection extends VerticalLayout {
    private final Span peakShare = RiskCard.value("afford-peak-share");
    private final Span pvShare = RiskCard.value("afford-pv-share");
    private final Span fundingGap = RiskCard.value("afford-funding-gap");
    private final Div warning = new Div();
    private final Paragraph noBudget = new Paragraph();
    private final Div cards = new Div();
    private final EChart chart = new EChart();

    AffordabilitySection() {
        addClassName("affordability");
        setPadding(false);
        var title = new H4(getTranslation("risk.afford.title"));
        var thresholds = new Paragraph(getTranslation(
                "risk.afford.thresholds",
                Formats.percent(Affordability.AMBER, getLocale()),
                Formats.percent(Affordability.RED, getLocale())));
        thresholds.addClassName("afford-thresholds");
        warning.addClassName("afford-warning");
        warning.setId("afford-warning");
        noBudget.setText(getTranslation("risk.afford.noBudget"));
        noBudget.addClassName("afford-no-budget");
        cards.addClassName("risk-cards");
        cards.add(
                RiskCard.of(this, "risk.afford.peakShare", peakShare),
                RiskCard.of(this, "risk.afford.pvShare", pvShare),
                RiskCard.of(this, "risk.afford.fundingGap", fundingGap));
        chart.setHeight("280px");
        chart.addClassName("afford-chart");
        add(title, thresholds, warning, noBudget, cards, chart);
    }

    void show(Affordability a, String currency) {
        Locale locale = getLocale();
        boolean budget = a.level() != Affordability.Level.NO_BUDGET;
        noBudget.setVisible(!budget);
        chart.setVisible(budget);
        peakShare.setText(both(a.peakOutlayShare(), a.peakOutlaySharePromised(), locale));
        pvShare.setText(both(a.outlayShareOfBudget(), a.outlayShareOfBudgetPromised(), locale));
        fundingGap.setText(
                a.peakFundingGap() == a.peakFundingGapPromised()
                        ? MoneyScale.format(a.peakFundingGap(), locale, currency)
                        : getTranslation(
                                "risk.afford.withPromise",
                                MoneyScale.format(a.peakFundingGap(), locale, currency),
                                MoneyScale.format(a.peakFundingGapPromised(), locale, currency)));
        warning.getElement().setAttribute("data-level", a.level().name());
        boolean warn = a.level() == Affordability.Level.AMBER || a.level() == Affordability.Level.RED;
        warning.setVisible(warn);
        if (warn) {
            warning.setText(getTranslation(
                    "risk.afford.warning." + a.level().name(),
                    Formats.percent(a.worstPeakOutlayShare().orElse(0), locale)));
        }
        if (budget) {
            chart.setOption(new RiskCharts(this::getTranslation, locale, currency).outlay(a));
        }
    }

    private String both(OptionalDouble expected, OptionalDouble promised, Locale locale) {
        String shown = Formats.orDash(expected, v -> Formats.percent(v, locale));
        if (expected.equals(promised) || promised.isEmpty()) {
            return shown;
        }
        return getTranslation("risk.afford.withPromise", shown, Formats.percent(promised.getAsDouble(), locale));
    }

    /** The figures shown, for tests. */
    String peakShareText() {
        return peakShare.getText();
    }

    String warningText() {
        return warning.isVisible() ? warning.getText() : "";
    }

    EChart chart() {
        return chart;
    }
}
