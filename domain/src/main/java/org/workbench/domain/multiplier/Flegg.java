package org.workbench.domain.multiplier;

/**
 * The Flegg location quotient: how much of a national technical coefficient a region can supply itself. A region
 * whose sector i is less concentrated than the sector buying from it (CILQ below 1), or a small region (lambda below
 * 1), imports part of the input instead.
 */
public final class Flegg {
    private Flegg() {}

    /** SLQ_i = (E^r_i / E^r) / (E^n_i / E^n); 1 for a sector without national jobs, which gives no evidence either way. */
    public static double[] simpleQuotients(InputOutputTable table) {
        int n = table.size();
        double national = 0;
        double regional = 0;
        for (Sector s : table.sectors()) {
            national += s.employment();
            regional += regionalJobs(s);
        }
        double[] slq = new double[n];
        for (int i = 0; i < n; i++) {
            Sector s = table.sectors().get(i);
            slq[i] = s.employment() == 0 ? 1 : (regionalJobs(s) / regional) / (s.employment() / national);
        }
        return slq;
    }

    /** lambda = (log2(1 + E^r / E^n))^delta: 1 for a region as large as the nation, less for smaller ones. */
    public static double lambda(InputOutputTable table) {
        double national =
                table.sectors().stream().mapToDouble(Sector::employment).sum();
        double regional =
                table.sectors().stream().mapToDouble(Flegg::regionalJobs).sum();
        return Math.pow(
                Math.log1p(regional / national) / Math.log(2), table.label().delta());
    }

    /** min(1, FLQ_ij), the factor each national a_ij is multiplied by; row i sells, column j buys. */
    public static double[][] factors(InputOutputTable table) {
        if (!table.regional()) {
            throw new IllegalArgumentException("the table has no regional employment");
        }
        double[] slq = simpleQuotients(table);
        double lambda = lambda(table);
        int n = slq.length;
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // SLQ_j = 0 gives an infinite CILQ: the region has no sector j buying, so nothing is cut
                double cilq = i == j ? slq[i] : slq[i] / slq[j];
                f[i][j] = Math.min(1, cilq * lambda);
            }
        }
        return f;
    }

    private static double regionalJobs(Sector s) {
        Double r = s.regionalEmployment();
        return r == null ? 0 : r;
    }
}
