package org.workbench.web.compare;

import java.util.List;
import java.util.OptionalDouble;
import org.workbench.domain.KpiDirection;

/** One risk or affordability figure across the compared scenarios: one cell per scenario, in their order. */
public record RiskRow(Measure measure, List<RiskRow.Cell> cells) {
    /** The peak outlay share above which the city's budget is strained (amber) and endangered (red). */
    public static final double AMBER_SHARE = 0.10;

    public static final double RED_SHARE = 0.30;

    public RiskRow {
        cells = List.copyOf(cells);
    }

    /** What a row measures; shares are fractions shown as percentages. */
    public enum Measure {
        NPV_P5(Unit.MONEY, KpiDirection.HIGHER_IS_BETTER, true),
        NPV_P95(Unit.MONEY, KpiDirection.HIGHER_IS_BETTER, true),
        LOSS_PROBABILITY(Unit.SHARE, KpiDirection.LOWER_IS_BETTER, false),
        PEAK_OUTLAY_SHARE(Unit.SHARE, KpiDirection.LOWER_IS_BETTER, false),
        OUTLAY_SHARE_OF_BUDGET(Unit.SHARE, KpiDirection.LOWER_IS_BETTER, false),
        PEAK_FUNDING_GAP(Unit.MONEY, KpiDirection.LOWER_IS_BETTER, false);

        private final Unit unit;
        private final KpiDirection direction;
        private final boolean perYearInPerYearMode;

        Measure(Unit unit, KpiDirection direction, boolean perYearInPerYearMode) {
            this.unit = unit;
            this.direction = direction;
            this.perYearInPerYearMode = perYearInPerYearMode;
        }

        public Unit unit() {
            return unit;
        }

        public KpiDirection direction() {
            return direction;
        }

        /** Whether a per-year comparison divides this figure by the horizon's years. */
        public boolean dividedPerYear() {
            return perYearInPerYearMode;
        }

        /** The message key of the label, e.g. {@code compare.risk.NPV_P5}. */
        public String labelKey() {
            return "compare.risk." + name();
        }
    }

    public enum Unit {
        MONEY,
        SHARE
    }

    /** How far a peak outlay share strains the budget: amber above 10%, red above 30%. */
    public enum Level {
        NONE,
        AMBER,
        RED;

        static Level ofPeakShare(OptionalDouble share) {
            if (share.isEmpty()) {
                return NONE;
            }
            double s = share.getAsDouble();
            return s > RED_SHARE ? RED : s > AMBER_SHARE ? AMBER : NONE;
        }
    }

    /**
     * @param value empty where the figure is undefined (no budget) or Monte Carlo did not run
     * @param best the best value of the row by the measure's direction, as the key figures mark theirs
     * @param level the warning of a peak outlay share; {@link Level#NONE} on every other row
     */
    public record Cell(OptionalDouble value, boolean best, Level level) {}
}
