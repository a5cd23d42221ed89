package org.workbench.web.risk;

import java.util.List;
import java.util.OptionalDouble;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.ScenarioViews;
import org.workbench.domain.YearResult;
import org.workbench.domain.YearSeries;

/**
 * Whether the city can pay: the incentives' outlay against its budget, year by year, in the promised view (every
 * promise kept, which is what the city has signed) and the expected one (weighted by the chance of success).
 *
 * @param budget Bud(t) per year; zeros when the scenario gives no budget
 * @param level how the larger of the two views' peak outlay shares compares with {@link #AMBER} and {@link #RED}
 */
public record Affordability(
        YearSeries budget,
        YearSeries outlayPromised,
        YearSeries outlayExpected,
        YearSeries cumulativePromised,
        OptionalDouble peakOutlayShare,
        OptionalDouble peakOutlaySharePromised,
        OptionalDouble outlayShareOfBudget,
        OptionalDouble outlayShareOfBudgetPromised,
        double peakFundingGap,
        double peakFundingGapPromised,
        Level level) {

    /** A peak outlay share above this is a warning. */
    public static final double AMBER = 0.10;
    /** A peak outlay share above this is a serious one: the city would give away a third of a year's revenue. */
    public static final double RED = 0.30;

    public enum Level {
        NO_BUDGET,
        WITHIN,
        AMBER,
        RED
    }

    public static Affordability of(Scenario scenario) {
        return of(scenario.settings(), ProjectionEngine.views(scenario));
    }

    static Affordability of(ScenarioSettings settings, ScenarioViews views) {
        ProjectionResult promised = views.promised();
        ProjectionResult expected = views.expected();
        int firstYear = settings.firstYear();
        // Bud(t) = B0 (1 + gB)^k for the k-th year of the horizon, as the calculation model defines it; a test
        // checks that these give the engine's own peak outlay share.
        double[] budget = new double[settings.horizonYears()];
        for (int k = 1; k <= budget.length; k++) {
            budget[k - 1] = settings.budgetRevenue() * Math.pow(1.0 + settings.budgetGrowth(), k);
        }
        OptionalDouble peak = expected.kpi(Kpi.PEAK_OUTLAY_SHARE);
        OptionalDouble peakPromised = promised.kpi(Kpi.PEAK_OUTLAY_SHARE);
        return new Affordability(
                YearSeries.of(firstYear, budget),
                series(firstYear, promised.years(), true),
                series(firstYear, expected.years(), true),
                series(firstYear, promised.years(), false),
                peak,
                peakPromised,
                expected.kpi(Kpi.OUTLAY_SHARE_OF_BUDGET),
                promised.kpi(Kpi.OUTLAY_SHARE_OF_BUDGET),
                expected.kpi(Kpi.PEAK_FUNDING_GAP).orElse(0),
                promised.kpi(Kpi.PEAK_FUNDING_GAP).orElse(0),
                level(peak, peakPromised));
    }

    /** The warning of the larger share: a promise the city signed must be payable even if every bet succeeds. */
    static Level level(OptionalDouble expected, OptionalDouble promised) {
        if (expected.isEmpty() && promised.isEmpty()) {
            return Level.NO_BUDGET;
        }
        double share = Math.max(expected.orElse(0), promised.orElse(0));
        if (share > RED) {
            return Level.RED;
        }
        return share > AMBER ? Level.AMBER : Level.WITHIN;
    }

    /** The larger of the two views' peak outlay shares, which the warning is about. */
    public OptionalDouble worstPeakOutlayShare() {
        if (peakOutlayShare.isEmpty() && peakOutlaySharePromised.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(peakOutlayShare.orElse(0), peakOutlaySharePromised.orElse(0)));
    }

    private static YearSeries series(int firstYear, List<YearResult> years, boolean outlay) {
        double[] values = new double[years.size()];
        for (int i = 0; i < values.length; i++) {
            YearResult year = years.get(i);
            values[i] = outlay ? year.outlay() : year.cumulativeNetFiscalFlow();
        }
        return YearSeries.of(firstYear, values);
    }
}
