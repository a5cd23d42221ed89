package org.workbench.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the draws of a Monte Carlo say about a scenario.
 *
 * @param kpis every key figure, in the enum's order
 * @param lossProbability P(npv < 0)
 * @param breakEvenProbability the share of draws that break even within the horizon
 * @param fan P5, P50 and P95 of the cumulative net fiscal flow C(t), per year
 * @param npvHistogram npv in 30 equal bins
 */
public record MonteCarloResult(
        int draws,
        long seed,
        Map<Kpi, KpiDistribution> kpis,
        double lossProbability,
        double breakEvenProbability,
        List<FanYear> fan,
        Histogram npvHistogram) {

    public static final int HISTOGRAM_BINS = 30;

    public MonteCarloResult {
        kpis = Collections.unmodifiableMap(new EnumMap<>(kpis));
        fan = List.copyOf(fan);
    }

    public KpiDistribution kpi(Kpi kpi) {
        return kpis.get(kpi);
    }

    /**
     * One key figure over the draws where it is defined.
     *
     * @param definedShare the share of the draws where it is defined; the other statistics are empty when it is 0
     */
    public record KpiDistribution(
            Kpi kpi,
            OptionalDouble mean,
            OptionalDouble p5,
            OptionalDouble p50,
            OptionalDouble p95,
            double definedShare) {}

    /** C(t) of one year over the draws. */
    public record FanYear(int year, double p5, double p50, double p95) {}

    /**
     * Equal bins from the smallest to the largest value; the largest falls in the last bin. One bin when every draw
     * gives the same value.
     */
    public record Histogram(double min, double max, List<Integer> counts) {
        public Histogram {
            counts = List.copyOf(counts);
        }

        public double binWidth() {
            return (max - min) / counts.size();
        }
    }

    /** Percentile p of sorted values by linear interpolation between the closest ranks (numpy's default). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        if (low >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    static Histogram histogram(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int bins = min == max ? 1 : HISTOGRAM_BINS;
        Integer[] counts = new Integer[bins];
        Arrays.fill(counts, 0);
        double width = (max - min) / bins;
        for (double v : values) {
            int bin = bins == 1 ? 0 : (int) Math.floor((v - min) / width);
            bin = Math.max(0, Math.min(bins - 1, bin));
            counts[bin]++;
        }
        return new Histogram(min, max, List.of(counts));
    }

    /** Reduces the draws in draw order, so that the figures do not depend on which thread made which draw. */
    static MonteCarloResult of(int n, long seed, int firstYear, double[][] kpiDraws, double[][] cumulativeDraws) {
        Map<Kpi, KpiDistribution> kpis = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            double[] draws = kpiDraws[kpi.ordinal()];
            double[] defined =
                    Arrays.stream(draws).filter(v -> !Double.isNaN(v)).toArray();
            if (defined.length == 0) {
                OptionalDouble none = OptionalDouble.empty();
                kpis.put(kpi, new KpiDistribution(kpi, none, none, none, none, 0));
                continue;
            }
            double sum = 0;
            for (double v : defined) {
                sum += v;
            }
            double[] sorted = defined.clone();
            Arrays.sort(sorted);
            kpis.put(
                    kpi,
                    new KpiDistribution(
                            kpi,
                            OptionalDouble.of(sum / defined.length),
                            OptionalDouble.of(percentile(sorted, 0.05)),
                            OptionalDouble.of(percentile(sorted, 0.50)),
                            OptionalDouble.of(percentile(sorted, 0.95)),
                            (double) defined.length / n));
        }
        double[] npv = kpiDraws[Kpi.NPV.ordinal()];
        long losses = Arrays.stream(npv).filter(v -> v < 0).count();
        List<FanYear> fan = new ArrayList<>(cumulativeDraws.length);
        for (int slot = 0; slot < cumulativeDraws.length; slot++) {
            double[] sorted = cumulativeDraws[slot].clone();
            Arrays.sort(sorted);
            fan.add(new FanYear(
                    firstYear + slot, percentile(sorted, 0.05), percentile(sorted, 0.50), percentile(sorted, 0.95)));
        }
        return new MonteCarloResult(
                n,
                seed,
                kpis,
                (double) losses / n,
                kpis.get(Kpi.BREAK_EVEN_YEAR).definedShare(),
                fan,
                histogram(npv));
    }
}
