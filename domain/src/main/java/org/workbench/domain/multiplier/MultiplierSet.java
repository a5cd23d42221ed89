package org.workbench.domain.multiplier;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.jspecify.annotations.Nullable;

/**
 * The multipliers derived from one input-output table: technical coefficients A, the Leontief inverse L and the
 * household-closed inverse, for the table as given and, when it has regional employment, regionalised with the
 * Flegg location quotient. Immutable; the matrices are read through accessors.
 */
public final class MultiplierSet {
    /** Names the household row and column of the closed table in problems. */
    public static final String HOUSEHOLDS = "households";

    /** Below this, 1 - r L h is taken for 0: households would carry round without end. */
    private static final double SINGULAR_SLACK = 1e-12;

    private final InputOutputTable table;
    private final Solved national;
    // Derived on first use: a page that shows one national derivation need not pay for the regional inversion. A
    // regional table cut from a productive one is productive, so deferring it cannot hide a refusal.
    private @Nullable Solved regional;
    private @Nullable List<SectorMultipliers> multipliers;

    private MultiplierSet(InputOutputTable table, Solved national) {
        this.table = table;
        this.national = national;
    }

    /**
     * @throws TableRefusedException when the table (or its household-closed form) is not productive or I - A is
     *     singular, naming the sector
     */
    public static MultiplierSet derive(InputOutputTable table) {
        int n = table.size();
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.unsafe_set(i, j, table.flow(i, j) / table.sectors().get(j).output());
            }
        }
        List<TableProblem> problems = new ArrayList<>();
        double[] columnSums = columnSums(a);
        for (int j = 0; j < n; j++) {
            if (columnSums[j] >= 1) {
                problems.add(TableProblem.of(
                        table.sectors().get(j).code(), null, "io.problem.notProductive", columnSums[j]));
            }
        }
        if (!problems.isEmpty()) {
            throw new TableRefusedException(problems);
        }
        return new MultiplierSet(table, Solved.of(table, a, columnSums));
    }

    private synchronized Solved regionalSolved() {
        if (regional == null) {
            int n = table.size();
            double[][] f = Flegg.factors(table);
            DMatrixRMaj ar = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    ar.unsafe_set(i, j, national.a.unsafe_get(i, j) * f[i][j]);
                }
            }
            regional = Solved.of(table, ar, columnSums(ar));
        }
        return regional;
    }

    private static double[] columnSums(DMatrixRMaj a) {
        double[] sums = new double[a.numCols];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                sums[j] += a.unsafe_get(i, j);
            }
        }
        return sums;
    }

    public InputOutputTable table() {
        return table;
    }

    public SetLabel label() {
        return table.label();
    }

    public synchronized List<SectorMultipliers> multipliers() {
        if (multipliers == null) {
            Solved r = table.regional() ? regionalSolved() : null;
            List<SectorMultipliers> rows = new ArrayList<>(table.size());
            for (int j = 0; j < table.size(); j++) {
                Sector s = table.sectors().get(j);
                rows.add(new SectorMultipliers(
                        s.code(),
                        s.name(),
                        national.outputMultiplier(j),
                        national.typeI(j),
                        national.typeII(j),
                        r == null ? null : r.outputMultiplier(j),
                        r == null ? null : r.typeI(j),
                        r == null ? null : r.typeII(j)));
            }
            multipliers = List.copyOf(rows);
        }
        return multipliers;
    }

    public boolean regional() {
        return table.regional();
    }

    /** A_ij, national (or regionalised). */
    public double coefficient(int i, int j, boolean regionalised) {
        return solved(regionalised).a.unsafe_get(i, j);
    }

    /** L_ij, national (or regionalised). */
    public double leontief(int i, int j, boolean regionalised) {
        return solved(regionalised).l.unsafe_get(i, j);
    }

    /** How sector j's employment multipliers are made. */
    public Derivation derivation(int j, boolean regionalised) {
        Solved s = solved(regionalised);
        List<Derivation.Row> rows = new ArrayList<>(table.size());
        double jobs = 0;
        double jobsClosed = 0;
        for (int i = 0; i < table.size(); i++) {
            Sector supplier = table.sectors().get(i);
            double eps = s.eps[i];
            double lij = s.l.unsafe_get(i, j);
            double closed = s.closed(i, j);
            rows.add(new Derivation.Row(supplier.code(), supplier.name(), lij, closed, eps, eps * lij, eps * closed));
            jobs += eps * lij;
            jobsClosed += eps * closed;
        }
        Sector own = table.sectors().get(j);
        return new Derivation(
                own.code(), own.name(), regionalised, s.eps[j], rows, jobs, jobsClosed, s.typeI(j), s.typeII(j));
    }

    private Solved solved(boolean regionalised) {
        if (!regionalised) {
            return national;
        }
        if (!table.regional()) {
            throw new IllegalArgumentException("the set has no regional multipliers");
        }
        return regionalSolved();
    }

    /**
     * A, L and the household-closed inverse of one coefficient matrix. The closed inverse is kept in its partitioned
     * form: with the household column h (c_i / sum of w), the household row r (w_j / x_j), u = L h, v = r L and
     * s = 1 - r L h, the top-left block of L-bar is L + u v / s. That costs O(n^2) after L instead of a second
     * inversion, and L-bar is nonnegative (the closed table productive) exactly when s > 0.
     */
    private record Solved(DMatrixRMaj a, DMatrixRMaj l, double[] u, double[] v, double s, double[] eps) {

        static Solved of(InputOutputTable table, DMatrixRMaj a, double[] columnSums) {
            int n = table.size();
            DMatrixRMaj l = Leontief.inverse(a);
            if (l == null) {
                throw new TableRefusedException(
                        List.of(TableProblem.of(largest(table, columnSums), null, "io.problem.singular")));
            }
            int bad = Leontief.negativeColumn(l);
            if (bad >= 0) {
                throw new TableRefusedException(
                        List.of(TableProblem.of(table.sectors().get(bad).code(), null, "io.problem.negativeInverse")));
            }
            double income = table.sectors().stream()
                    .mapToDouble(Sector::householdIncome)
                    .sum();
            double[] h = new double[n];
            double[] r = new double[n];
            double[] eps = new double[n];
            for (int i = 0; i < n; i++) {
                Sector sector = table.sectors().get(i);
                // with no household income nothing flows back: the closed table is the open one
                h[i] = income > 0 ? sector.householdConsumption() / income : 0;
                r[i] = sector.householdIncome() / sector.output();
                eps[i] = sector.employmentCoefficient();
            }
            double[] u = new double[n];
            double[] v = new double[n];
            double[] data = l.data;
            for (int i = 0; i < n; i++) {
                int row = i * n;
                double ui = 0;
                for (int k = 0; k < n; k++) {
                    double lik = data[row + k];
                    ui += lik * h[k];
                    v[k] += r[i] * lik;
                }
                u[i] = ui;
            }
            double rlh = 0;
            for (int k = 0; k < n; k++) {
                rlh += v[k] * h[k];
            }
            double s = 1 - rlh;
            if (!(s > SINGULAR_SLACK)) {
                String key = Math.abs(s) <= SINGULAR_SLACK
                        ? "io.problem.householdsSingular"
                        : "io.problem.householdsNotProductive";
                throw new TableRefusedException(List.of(TableProblem.of(HOUSEHOLDS, null, key)));
            }
            return new Solved(a, l, u, v, s, eps);
        }

        double closed(int i, int j) {
            return l.unsafe_get(i, j) + u[i] * v[j] / s;
        }

        private static String largest(InputOutputTable table, double[] columnSums) {
            int best = 0;
            for (int j = 1; j < columnSums.length; j++) {
                if (columnSums[j] > columnSums[best]) {
                    best = j;
                }
            }
            return table.sectors().get(best).code();
        }

        double outputMultiplier(int j) {
            double sum = 0;
            for (int i = 0; i < l.numRows; i++) {
                sum += l.unsafe_get(i, j);
            }
            return sum;
        }

        @Nullable
        Double typeI(int j) {
            return perOwnJob(j, false);
        }

        @Nullable
        Double typeII(int j) {
            return perOwnJob(j, true);
        }

        private @Nullable Double perOwnJob(int j, boolean closedTable) {
            if (eps[j] == 0) {
                return null;
            }
            double jobs = 0;
            for (int i = 0; i < eps.length; i++) {
                jobs += eps[i] * (closedTable ? closed(i, j) : l.unsafe_get(i, j));
            }
            return jobs / eps[j];
        }
    }
}
