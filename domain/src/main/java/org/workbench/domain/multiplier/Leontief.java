package org.workbench.domain.multiplier;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.jspecify.annotations.Nullable;

/** (I - A)^-1 through EJML's LU decomposition, and the test that makes it a Leontief inverse: no negative entry. */
final class Leontief {
    /** Below this reciprocal condition estimate I - A is treated as singular: the inverse would be noise. */
    private static final double MIN_QUALITY = 1e-12;

    /** Round-off allowance for entries that are exactly 0 in theory. */
    static final double NEGATIVE_TOLERANCE = -1e-9;

    private Leontief() {}

    /** The inverse, or null when I - A is singular. */
    static @Nullable DMatrixRMaj inverse(DMatrixRMaj a) {
        int n = a.numRows;
        DMatrixRMaj m = CommonOps_DDRM.identity(n);
        CommonOps_DDRM.subtractEquals(m, a);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
        if (!solver.setA(m) || !(solver.quality() >= MIN_QUALITY)) {
            return null;
        }
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        solver.invert(inverse);
        return inverse;
    }

    /**
     * The first column with a negative entry, or -1. A nonnegative A has a nonnegative inverse of I - A exactly when
     * it is productive: a negative entry means that final demand for that column's sector would need negative output.
     */
    static int negativeColumn(DMatrixRMaj inverse) {
        int n = inverse.numRows;
        double[] data = inverse.data;
        int first = -1;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double v = data[row + j];
                if ((v < NEGATIVE_TOLERANCE || !Double.isFinite(v)) && (first < 0 || j < first)) {
                    first = j;
                }
            }
        }
        return first;
    }
}
