package org.workbench.web.risk;

import java.util.List;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.TornadoRow;

/**
 * One finished run: the Monte Carlo of the scenario and its tornado.
 *
 * @param tornado the largest swings first, at most {@link #TORNADO_ROWS}
 * @param tornadoRows how many rows the whole tornado has
 * @param tornadoSkipped true when the tornado would have taken too long and was left out
 * @param millis how long the run took on its thread
 */
public record RiskResult(
        MonteCarloResult monteCarlo,
        double tornadoNpv,
        List<TornadoRow> tornado,
        int tornadoRows,
        boolean tornadoSkipped,
        long millis) {
    /** A chart of more bars than this is unreadable; the smaller swings matter least. */
    public static final int TORNADO_ROWS = 12;

    public RiskResult {
        tornado = List.copyOf(tornado);
    }
}
