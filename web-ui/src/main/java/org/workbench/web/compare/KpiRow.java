package org.workbench.web.compare;

import java.util.List;
import java.util.OptionalDouble;
import org.workbench.domain.Kpi;
import org.workbench.domain.KpiDirection;

/**
 * One key figure in one view across the compared scenarios: one cell per scenario, in their order.
 *
 * @param perYear whether the values are totals over the horizon divided by its years (a per-year comparison)
 */
public record KpiRow(Kpi kpi, KpiDirection direction, View view, boolean perYear, List<KpiRow.Cell> cells) {

    public KpiRow {
        cells = List.copyOf(cells);
    }

    /** Which view of the engine the values come from (calculation model, version 2). */
    public enum View {
        /** Every flow weighted by the success probability of its incentive: what the city can expect. */
        EXPECTED,
        /** Every promise kept, as version 1 computes it. */
        PROMISED
    }

    /**
     * One scenario's value of the key figure.
     *
     * @param value empty where the model leaves the figure undefined
     * @param absoluteDelta value minus the base's; empty when either is undefined
     * @param relativeDelta (value - base) / |base|; empty when either is undefined, the base is 0, or for a year
     * @param best whether this is the best value of the row by the figure's direction
     */
    public record Cell(
            OptionalDouble value, OptionalDouble absoluteDelta, OptionalDouble relativeDelta, boolean best) {}
}
