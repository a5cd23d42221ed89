package org.workbench.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The actuals of a scenario by incentive and slot, with each incentive's last year of recorded jobs T_i and its
 * delivery ratio there, as the monitored view needs them. NaN marks a figure without a record.
 */
final class Recorded {
    private final @Nullable Track[] byIncentive;

    /** What one incentive did, slot by slot. */
    static final class Track {
        final double[] jobs;
        final double[] outlay;
        final double[] moneyBack;
        /** Slot of T_i, or -1 when no jobs are recorded. */
        final int lastJobsSlot;
        /** DR_i(T_i) = AG_i(T_i) / G_i(T_i) on the promised path; NaN when G_i(T_i) = 0 or nothing is recorded. */
        final double ratio;

        private final int firstSlot;

        Track(double[] jobs, double[] outlay, double[] moneyBack, double[] promisedJobs) {
            this.jobs = jobs;
            this.outlay = outlay;
            this.moneyBack = moneyBack;
            int last = -1;
            int first = jobs.length;
            for (int slot = 0; slot < jobs.length; slot++) {
                boolean any =
                        !Double.isNaN(jobs[slot]) || !Double.isNaN(outlay[slot]) || !Double.isNaN(moneyBack[slot]);
                if (any && first == jobs.length) {
                    first = slot;
                }
                if (!Double.isNaN(jobs[slot])) {
                    last = slot;
                }
            }
            firstSlot = first;
            lastJobsSlot = last;
            ratio = last < 0 || promisedJobs[last] == 0 ? Double.NaN : jobs[last] / promisedJobs[last];
        }

        int firstSlot() {
            return firstSlot;
        }

        /** The monitored jobs: the record, else the promise, scaled by the latest delivery ratio after T_i. */
        double jobs(int slot, double promised) {
            if (!Double.isNaN(jobs[slot])) {
                return jobs[slot];
            }
            return slot > lastJobsSlot && lastJobsSlot >= 0 && !Double.isNaN(ratio) ? promised * ratio : promised;
        }

        double outlay(int slot, double byTheRules) {
            return Double.isNaN(outlay[slot]) ? byTheRules : outlay[slot];
        }

        boolean replacesMoneyBack(int slot) {
            return !Double.isNaN(moneyBack[slot]);
        }

        void moneyBack(SlotValue sink) {
            for (int slot = 0; slot < moneyBack.length; slot++) {
                if (!Double.isNaN(moneyBack[slot])) {
                    sink.accept(slot, moneyBack[slot]);
                }
            }
        }
    }

    interface SlotValue {
        void accept(int slot, double value);
    }

    private Recorded(@Nullable Track[] byIncentive) {
        this.byIncentive = byIncentive;
    }

    /** The actuals of the scenario; the promised jobs come from a detailed-free run of the promised path. */
    static Recorded of(Scenario scenario, ModelTables tables) {
        List<Incentive> incentives = scenario.incentives();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < incentives.size(); i++) {
            index.put(incentives.get(i).code(), i);
        }
        int horizon = tables.horizon;
        double[][][] figures = new double[incentives.size()][][];
        for (Actual actual : scenario.actuals()) {
            int i = index.get(actual.incentiveCode());
            if (figures[i] == null) {
                figures[i] = new double[3][horizon];
                for (double[] series : figures[i]) {
                    Arrays.fill(series, Double.NaN);
                }
            }
            int slot = actual.year() - tables.firstYear;
            figures[i][0][slot] = orNaN(actual.grossJobs());
            figures[i][1][slot] = orNaN(actual.outlay());
            figures[i][2][slot] = orNaN(actual.moneyBack());
        }
        @Nullable Track[] byIncentive = new Track[incentives.size()];
        for (int i = 0; i < incentives.size(); i++) {
            if (figures[i] != null) {
                byIncentive[i] = new Track(figures[i][0], figures[i][1], figures[i][2], promisedJobs(tables, i));
            }
        }
        return new Recorded(byIncentive);
    }

    @Nullable
    Track of(int incentive) {
        return byIncentive[incentive];
    }

    /** G_i(t) of the promised path, per slot. */
    static double[] promisedJobs(ModelTables t, int i) {
        double[] g = new double[t.horizon];
        int first = t.startSlot[i];
        for (int slot = Math.max(first, 0); slot < t.horizon; slot++) {
            int years = slot - first + 1;
            g[slot] = years >= t.ramp[i] ? t.jobs[i] : t.jobs[i] * ((double) years / t.ramp[i]);
        }
        return g;
    }

    private static double orNaN(@Nullable Double value) {
        return value == null ? Double.NaN : value;
    }
}
