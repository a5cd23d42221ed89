package org.workbench.domain;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The yearly flows of one view, summed per industry-year: every view of the model is this one loop with other
 * weights. An incentive's success weight w is 1 on the promised path, pi in the expected view and 0 or 1 in a Monte
 * Carlo draw; from its failure year on, every flow of the success path is scaled by w (the failure path has none
 * there), and the failure's recovery or clawback comes in with the weight 1 - w.
 *
 * <p>Not thread-safe: each thread uses its own kernel. {@link ViewSummary} turns the sums into key figures.
 */
final class FlowKernel {
    private static final int EQUITY = IncentiveType.EQUITY.ordinal();
    private static final int JOB_SUBSIDY = IncentiveType.JOB_SUBSIDY.ordinal();
    private static final int TAX_REBATE = IncentiveType.TAX_REBATE.ordinal();
    private static final int LAND_DISCOUNT = IncentiveType.LAND_DISCOUNT.ordinal();
    private static final int TALENT_SUBSIDY = IncentiveType.TALENT_SUBSIDY.ordinal();

    final int horizon;
    final double[] gross;
    final double[] net;
    final double[] total;
    final double[] outlay;
    final double[] proceeds;
    final double[] clawbacks;
    final double[][] outlayByType;
    /** Per incentive, when detailed: see {@link IncentiveSums}. */
    final IncentiveSums sums;

    private final IncentiveFlow flow = new IncentiveFlow();
    private final double[] jobsScratch;
    private final double[] outlayScratch;
    private boolean detailed;

    FlowKernel(ModelTables t) {
        horizon = t.horizon;
        int cells = t.industryCount * horizon;
        gross = new double[cells];
        net = new double[cells];
        total = new double[cells];
        outlay = new double[cells];
        proceeds = new double[cells];
        clawbacks = new double[cells];
        outlayByType = new double[IncentiveType.values().length][horizon];
        sums = new IncentiveSums(t.incentiveCount);
        jobsScratch = new double[horizon];
        outlayScratch = new double[horizon];
    }

    boolean detailed() {
        return detailed;
    }

    /**
     * Projects every incentive with its success weight. Detailed also keeps the net jobs, the outlay by type and the
     * sums per incentive; Monte Carlo and the tornado need none of them.
     */
    void run(ModelTables t, double[] weight, @Nullable Recorded recorded, boolean detailed) {
        run(t, weight, recorded, detailed, null);
    }

    /** As {@link #run(ModelTables, double[], Recorded, boolean)}, for the listed incentives only (null: all). */
    void run(ModelTables t, double[] weight, @Nullable Recorded recorded, boolean detailed, int @Nullable [] only) {
        this.detailed = detailed;
        Arrays.fill(gross, 0);
        Arrays.fill(total, 0);
        Arrays.fill(outlay, 0);
        Arrays.fill(proceeds, 0);
        Arrays.fill(clawbacks, 0);
        if (detailed) {
            Arrays.fill(net, 0);
            for (double[] row : outlayByType) {
                Arrays.fill(row, 0);
            }
        }
        int count = only == null ? t.incentiveCount : only.length;
        for (int n = 0; n < count; n++) {
            int i = only == null ? n : only[n];
            Recorded.Track actual = recorded == null ? null : recorded.of(i);
            incentive(t, i, weight[i], actual);
        }
    }

    /**
     * Adds another kernel's industry-year cells to this one's, in place ({@code other + this}, which is the same sum):
     * how the promised and the expected view add the cells of the incentives that cannot fail to their own. Both ran
     * detailed.
     */
    void addShared(FlowKernel other) {
        add(gross, other.gross);
        add(net, other.net);
        add(total, other.total);
        add(outlay, other.outlay);
        add(proceeds, other.proceeds);
        add(clawbacks, other.clawbacks);
        for (int type = 0; type < outlayByType.length; type++) {
            add(outlayByType[type], other.outlayByType[type]);
        }
    }

    private static void add(double[] into, double[] shared) {
        for (int k = 0; k < into.length; k++) {
            into[k] = shared[k] + into[k];
        }
    }

    private void incentive(ModelTables t, int i, double w, Recorded.@Nullable Track actual) {
        if (actual == null) {
            direct(t, i, w);
            return;
        }
        int from = paths(t, i, w, actual);
        int fail = t.failSlot[i];
        double paidBeforeFail = 0;
        if (fail < horizon && w != 1.0 && t.clawback[i] != 0) {
            for (int slot = from; slot < fail; slot++) {
                paidBeforeFail += outlayScratch[slot];
            }
        }
        int row = t.industry[i] * horizon;
        accumulate(t, i, from, row, jobsScratch, outlayScratch);
        events(t, i, w, paidBeforeFail, row, actual);
    }

    /** The common case, without actuals: see {@link IncentiveFlow}. */
    private void direct(ModelTables t, int i, double w) {
        flow.load(t, i);
        flow.project(t, this, w, detailed);
        if (detailed) {
            sums.store(i, flow);
        }
    }

    /** G_i(t) and Out_i(t) of the promised path, per slot (0 before the start): what actuals are compared with. */
    double[][] promisedPath(ModelTables t, int i) {
        Arrays.fill(jobsScratch, 0);
        Arrays.fill(outlayScratch, 0);
        paths(t, i, 1.0, null);
        return new double[][] {jobsScratch.clone(), outlayScratch.clone()};
    }

    /** Fills the scratch rows with one incentive's gross jobs and outlay; returns the first slot written. */
    private int paths(ModelTables t, int i, double w, Recorded.@Nullable Track actual) {
        int first = t.startSlot[i];
        int lastActive = t.lastActiveSlot[i];
        int fail = t.failSlot[i];
        int ramp = t.ramp[i];
        int type = t.type[i];
        double committed = t.jobs[i];
        double amount = t.amount[i];
        int row = t.industry[i] * horizon;
        double fixed = type == TALENT_SUBSIDY ? amount * t.talents[i] : amount;
        double tax = t.taxRate[t.industry[i]];
        double[] g = jobsScratch;
        double[] out = outlayScratch;
        int from = actual == null ? first : Math.min(first, actual.firstSlot());
        for (int slot = from; slot < horizon; slot++) {
            // G = J * min(1, (t - s + 1) / R): jobs stay once created; none on the failure path from f on.
            int yearsSinceStart = slot - first + 1;
            double jobs = slot < first
                    ? 0.0
                    : yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
            if (slot >= fail) {
                jobs = w * jobs;
            }
            if (actual != null) {
                jobs = actual.jobs(slot, jobs);
            }
            g[slot] = jobs;
            double paid = slot >= first && slot <= lastActive
                    ? IncentiveFlow.paid(
                            type, slot == first, slot >= fail, w, amount, fixed, jobs, t.productivity[row + slot], tax)
                    : 0.0;
            out[slot] = actual == null ? paid : actual.outlay(slot, paid);
        }
        return from;
    }

    private void accumulate(ModelTables t, int i, int from, int row, double[] g, double[] out) {
        double netShare = t.netShare[i];
        double multiplier = t.multiplier[t.industry[i]];
        if (!detailed) {
            for (int slot = from; slot < horizon; slot++) {
                int cell = row + slot;
                double jobs = g[slot];
                gross[cell] += jobs;
                total[cell] += jobs * netShare * multiplier;
                outlay[cell] += out[slot];
            }
            return;
        }
        double[] typeOutlay = outlayByType[t.type[i]];
        double[] productivity = t.productivity;
        double[] discount = t.discount;
        double jobYears = 0;
        double discountedJobs = 0;
        double discountedValueAdded = 0;
        double outlaySum = 0;
        double discountedOutlay = 0;
        double grossJobs = 0;
        double netJobs = 0;
        double totalJobs = 0;
        for (int slot = from; slot < horizon; slot++) {
            int cell = row + slot;
            grossJobs = g[slot];
            netJobs = grossJobs * netShare;
            totalJobs = netJobs * multiplier;
            gross[cell] += grossJobs;
            net[cell] += netJobs;
            total[cell] += totalJobs;
            double d = discount[slot];
            jobYears += totalJobs;
            discountedJobs += d * totalJobs;
            discountedValueAdded += d * totalJobs * productivity[cell];
            double paid = out[slot];
            outlay[cell] += paid;
            typeOutlay[slot] += paid;
            outlaySum += paid;
            discountedOutlay += d * paid;
        }
        if (from >= horizon) {
            grossJobs = netJobs = totalJobs = 0;
        }
        sums.jobs(i, grossJobs, netJobs, totalJobs, jobYears, totalJobs * productivity[row + horizon - 1]);
        sums.money(
                i,
                outlaySum,
                discountedOutlay,
                discountedValueAdded * t.taxRate[t.industry[i]],
                discountedJobs * t.residentCost());
    }

    /** Exit proceeds, recovery and clawback: at most one payment each, in the exit or the failure year. */
    private void events(
            ModelTables t, int i, double w, double paidBeforeFail, int row, Recorded.@Nullable Track actual) {
        int fail = t.failSlot[i];
        int exit = t.exitSlot[i];
        boolean equity = t.type[i] == EQUITY;
        double amount = t.amount[i];
        if (equity && exit < horizon) {
            // The exit happens on the success path, and on the failure path when it comes before the failure.
            double exitProceeds = amount * t.exitMultiple[i];
            add(t, i, row, exit, fail < exit ? w * exitProceeds : exitProceeds, actual, true);
        }
        if (w != 1.0 && fail < horizon) {
            if (equity && fail < exit) {
                add(t, i, row, fail, (1 - w) * (amount * t.recovery[i]), actual, true);
            } else if (!equity) {
                add(t, i, row, fail, (1 - w) * (t.clawback[i] * paidBeforeFail), actual, false);
            }
        }
        if (actual != null) {
            actual.moneyBack((slot, value) -> add(t, i, row, slot, value, null, equity));
        }
    }

    private void add(
            ModelTables t, int i, int row, int slot, double value, Recorded.@Nullable Track actual, boolean asP) {
        if (actual != null && actual.replacesMoneyBack(slot)) {
            return; // a recorded actual replaces what the model says comes back that year
        }
        (asP ? proceeds : clawbacks)[row + slot] += value;
        if (detailed) {
            sums.back(i, asP, value, t.discount[slot] * value);
        }
    }
}
