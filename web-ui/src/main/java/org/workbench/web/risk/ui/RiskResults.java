package org.workbench.web.risk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.MonteCarloResult.KpiDistribution;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.risk.Affordability;
import org.workbench.web.risk.RiskResult;

/** What the draws say: four cards, the npv histogram, the fan chart and the tornado. Empty until a first run. */
class RiskResults extends VerticalLayout {
    private final Span loss = RiskCard.value("risk-loss");
    private final Span breakEven = RiskCard.value("risk-break-even");
    private final Span npvP5 = RiskCard.value("risk-npv-p5");
    private final Span fundingGap = RiskCard.value("risk-funding-gap");
    private final EChart histogram = chart("risk-histogram", "300px");
    private final EChart fan = chart("risk-fan", "300px");
    private final EChart tornado = chart("risk-tornado", "360px");
    private final Paragraph tornadoNote = new Paragraph();
    private @Nullable RiskResult shown;
    private String currency = "CNY";

    RiskResults() {
        addClassName("risk-results");
        setPadding(false);
        var cards = new Div(
                RiskCard.of(this, "risk.card.loss", loss),
                RiskCard.of(this, "risk.card.breakEven", breakEven),
                RiskCard.of(this, "risk.card.npvP5", npvP5),
                RiskCard.of(this, "risk.card.fundingGap", fundingGap));
        cards.addClassName("risk-cards");
        tornadoNote.addClassName("risk-tornado-note");
        tornadoNote.setVisible(false);
        add(cards, histogram, fan, tornado, tornadoNote);
        setVisible(false);
    }

    void show(RiskResult result, Affordability affordability, String scenarioCurrency) {
        shown = result;
        currency = scenarioCurrency;
        setVisible(true);
        Locale locale = getLocale();
        MonteCarloResult mc = result.monteCarlo();
        loss.setText(Formats.percent(mc.lossProbability(), locale));
        breakEven.setText(Formats.percent(mc.breakEvenProbability(), locale));
        npvP5.setText(money(mc.kpi(Kpi.NPV), true, locale));
        fundingGap.setText(money(mc.kpi(Kpi.PEAK_FUNDING_GAP), false, locale));
        RiskCharts charts = charts(locale);
        histogram.setOption(
                charts.histogram(mc, getTranslation("risk.histogram.title", Formats.count(mc.draws(), locale))));
        showFan(affordability);
        boolean hasRows = !result.tornado().isEmpty();
        tornado.setVisible(hasRows);
        if (hasRows) {
            tornado.setOption(charts.tornado(result));
        }
        tornadoNote.setVisible(
                !hasRows || result.tornadoRows() > result.tornado().size());
        tornadoNote.setText(
                result.tornadoSkipped()
                        ? getTranslation("risk.tornado.skipped", Formats.count(result.tornadoRows(), locale))
                        : hasRows
                                ? getTranslation(
                                        "risk.tornado.more",
                                        Formats.count(result.tornado().size(), locale),
                                        Formats.count(result.tornadoRows(), locale))
                                : getTranslation("risk.tornado.none"));
    }

    /** Redraws the fan with this promise for contrast, e.g. after the inputs' budget figures were computed. */
    void showFan(Affordability affordability) {
        RiskResult result = shown;
        if (result != null) {
            fan.setOption(charts(getLocale()).fan(result.monteCarlo(), affordability));
        }
    }

    private RiskCharts charts(Locale locale) {
        return new RiskCharts(this::getTranslation, locale, currency);
    }

    /** P5 of the npv (the bad case), or P95 of the funding gap (the deep case). */
    private String money(KpiDistribution distribution, boolean low, Locale locale) {
        return Formats.orDash(
                low ? distribution.p5() : distribution.p95(), v -> MoneyScale.format(v, locale, currency));
    }

    private static EChart chart(String id, String height) {
        var chart = new EChart();
        chart.setId(id);
        chart.setHeight(height);
        return chart;
    }

    // For browserless tests.
    String lossText() {
        return loss.getText();
    }

    String npvP5Text() {
        return npvP5.getText();
    }

    EChart histogramChart() {
        return histogram;
    }

    EChart tornadoChart() {
        return tornado;
    }

    EChart fanChart() {
        return fan;
    }
}
