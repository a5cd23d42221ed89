package org.workbench.domain.multiplier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the employment multipliers of one sector j are made: its Leontief column (open, and closed for households)
 * times the employment coefficients, summed, over its own employment coefficient.
 *
 * @param ownCoefficient eps_j
 * @param jobs sum over i of eps_i * L_ij: jobs in the whole economy per unit of final demand for j
 * @param jobsClosed the same with the household-closed inverse
 */
public record Derivation(
        String code,
        String name,
        boolean regional,
        double ownCoefficient,
        List<Row> rows,
        double jobs,
        double jobsClosed,
        @Nullable Double typeI,
        @Nullable Double typeII) {

    public Derivation {
        rows = List.copyOf(rows);
    }

    /**
     * One supplying sector i: L_ij, L-bar_ij, eps_i and the jobs eps_i * L_ij and eps_i * L-bar_ij.
     */
    public record Row(
            String code,
            String name,
            double leontief,
            double leontiefClosed,
            double employmentCoefficient,
            double jobs,
            double jobsClosed) {}
}
