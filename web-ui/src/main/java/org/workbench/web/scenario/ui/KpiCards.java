package org.workbench.web.scenario.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.workbench.domain.Kpi;
import org.workbench.domain.KpiUnit;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.Formats;
import org.workbench.web.base.MoneyScale;

/**
 * The key-figure cards. Each shows what can be expected (every incentive weighted by its chance of success), the
 * promised figure beside it when the two differ, the monitored one when actuals are recorded, and P5–P95 once a Monte Carlo has run for these inputs. Money names
 * its currency and scale. The expected value has the id {@code kpi-<key>}; each card has an actions row that other
 * features may add to (see {@link #actions(Kpi)}).
 */
class KpiCards extends Div {
    static final List<Kpi> CARDS = List.of(
            Kpi.NET_JOBS_FINAL,
            Kpi.NPV,
            Kpi.BENEFIT_COST_RATIO,
            Kpi.BREAK_EVEN_YEAR,
            Kpi.COST_PER_NET_JOB,
            Kpi.POPULATION_FINAL);

    private final Map<Kpi, Card> cards = new EnumMap<>(Kpi.class);
    private String currency = "CNY";

    /** The parts of one card. */
    record Card(Div box, Span value, Span promised, Span monitored, Span range, Div actions) {}

    KpiCards() {
        addClassName("kpi-cards");
        for (Kpi kpi : CARDS) {
            var label = new Span(getTranslation(kpi.labelKey()));
            label.addClassName("kpi-label");
            var value = new Span("—");
            value.addClassName("kpi-value");
            value.setId("kpi-" + kpi.key());
            var promised = new Span();
            promised.addClassName("kpi-promised");
            promised.setId("kpi-" + kpi.key() + "-promised");
            promised.setVisible(false);
            var monitored = new Span();
            monitored.addClassName("kpi-monitored");
            monitored.setId("kpi-" + kpi.key() + "-monitored");
            monitored.setVisible(false);
            var range = new Span();
            range.addClassName("kpi-range");
            range.setId("kpi-" + kpi.key() + "-range");
            range.setVisible(false);
            var actions = new Div();
            actions.addClassName("kpi-actions");
            var box = new Div(label, value, promised, monitored, range, actions);
            box.addClassName("kpi-card");
            box.getElement().setAttribute("data-kpi", kpi.key());
            box.getElement().setAttribute("title", getTranslation(kpi.labelKey() + ".description"));
            add(box);
            cards.put(kpi, new Card(box, value, promised, monitored, range, actions));
        }
    }

    /** The expected figures, and the promised ones where they differ. */
    void show(ScenarioViews views, String scenarioCurrency) {
        currency = scenarioCurrency;
        Locale locale = getLocale();
        for (Kpi kpi : CARDS) {
            Card card = cards.get(kpi);
            String expected = figure(kpi, views.expected().kpi(kpi), locale);
            String promised = figure(kpi, views.promised().kpi(kpi), locale);
            card.value().setText(expected);
            boolean differs = !expected.equals(promised);
            card.promised().setText(differs ? getTranslation("scenario.kpi.promised", promised) : "");
            card.promised().setVisible(differs);
            card.box().getElement().setAttribute("data-differs", String.valueOf(differs));
            // With actuals recorded, the monitored view says what the deals are bringing so far.
            String monitored = views.monitored()
                    .map(result -> getTranslation("monitoring.kpi.monitored", figure(kpi, result.kpi(kpi), locale)))
                    .orElse("");
            card.monitored().setText(monitored);
            card.monitored().setVisible(!monitored.isEmpty());
        }
    }

    /** P5–P95 of each card's figure over the draws. */
    void showRanges(MonteCarloResult result) {
        Locale locale = getLocale();
        for (Kpi kpi : CARDS) {
            Card card = cards.get(kpi);
            MonteCarloResult.KpiDistribution d = result.kpi(kpi);
            if (d == null || d.p5().isEmpty() || d.p95().isEmpty()) {
                card.range().setText(getTranslation("scenario.kpi.range.none"));
            } else {
                String text =
                        getTranslation("scenario.kpi.range", figure(kpi, d.p5(), locale), figure(kpi, d.p95(), locale));
                // A break-even year that some draws never reach: P5–P95 are of the draws that do.
                if (d.definedShare() < 1) {
                    text += " "
                            + getTranslation("scenario.kpi.range.defined", Formats.percent(d.definedShare(), locale));
                }
                card.range().setText(text);
            }
            card.range().setVisible(true);
        }
    }

    void clearRanges() {
        for (Card card : cards.values()) {
            card.range().setText("");
            card.range().setVisible(false);
        }
    }

    private String figure(Kpi kpi, OptionalDouble value, Locale locale) {
        if (value.isEmpty()) {
            return "—";
        }
        return kpi.unit() == KpiUnit.MONEY || kpi.unit() == KpiUnit.MONEY_PER_JOB
                ? MoneyScale.format(value.getAsDouble(), locale, currency)
                : Formats.kpi(kpi.unit(), value.getAsDouble(), locale);
    }

    Card card(Kpi kpi) {
        return cards.get(kpi);
    }

    /** Where a feature adds a button to a card (e.g. "explain"); empty until one does. */
    Div actions(Kpi kpi) {
        return cards.get(kpi).actions();
    }
}
