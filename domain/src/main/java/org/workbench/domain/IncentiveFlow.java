package org.workbench.domain;

import java.util.OptionalDouble;

/**
 * One incentive's inputs as the kernel reads them, and its pass over the years without actuals: the flows of the
 * success path, scaled by the success weight w from the failure year on, and the exit, recovery or clawback. The
 * promised and expected views load each incentive straight from its record; Monte Carlo and the tornado load it from
 * the {@link ModelTables} arrays, which come from the same {@link #load(Incentive, int, int, int, double)}.
 *
 * <p>A weight of 1 takes the success path throughout (multiplying by 1 changes no bit), so a certain incentive skips
 * the failure path. One loop over the years, the payment a branch in it: splitting the years with payments from those
 * without cost more in loop overhead than it saved (measured on benchmark A). Reused from incentive to incentive:
 * nothing is allocated per incentive. Not thread-safe.
 */
final class IncentiveFlow {
    private static final int EQUITY = IncentiveType.EQUITY.ordinal();
    private static final int JOB_SUBSIDY = IncentiveType.JOB_SUBSIDY.ordinal();
    private static final int TAX_REBATE = IncentiveType.TAX_REBATE.ordinal();
    private static final int LAND_DISCOUNT = IncentiveType.LAND_DISCOUNT.ordinal();
    private static final int TALENT_SUBSIDY = IncentiveType.TALENT_SUBSIDY.ordinal();

    int industry;
    int type;
    int first;
    /** min(H - 1, s + D - 1 - first year). */
    int lastActive;

    int ramp;
    /** Slot of the exit (EQUITY exited within the horizon), else the horizon. */
    int exit;
    /** Slot of the failure year, else the horizon. */
    int fail;

    int holdYears;
    double committed;
    double butFor;
    double amount;
    double talents;
    double exitMultiple;
    double recovery;
    double clawback;
    double probability;
    double netShare;

    // What the last pass added up to, when it ran detailed: see IncentiveSums.
    double grossFinal;
    double netFinal;
    double totalFinal;
    double jobYears;
    double valueAddedFinal;
    double outlay;
    double pvOutlay;
    double pvRevenue;
    double pvServiceCost;
    double proceeds;
    double pvProceeds;
    double clawbacks;
    double pvClawbacks;

    /** The incentive's inputs from its record: the one place where the record's fields become the model's terms. */
    void load(Incentive inc, int j, int firstYear, int horizon, double displacement) {
        industry = j;
        IncentiveType kind = inc.type();
        type = kind.ordinal();
        first = inc.startYear() - firstYear;
        lastActive = Math.min(horizon - 1, first + inc.durationYears() - 1);
        ramp = inc.rampYears();
        committed = inc.committedJobs();
        butFor = inc.butForShare();
        amount = inc.amount();
        talents = inc.talents();
        Integer exitYear = inc.exitYear();
        Double multiple = inc.exitMultiple();
        boolean equity = kind.hasExit() && exitYear != null && multiple != null;
        holdYears = equity ? exitYear - inc.startYear() : 0;
        exit = equity ? Math.min(horizon, exitYear - firstYear) : horizon;
        exitMultiple = equity ? multiple : 0;
        recovery = kind.hasExit() ? inc.recoveryMultiple() : 0;
        clawback = kind.clawsBack() ? inc.clawbackShare() : 0;
        probability = inc.successProbability();
        Integer failure = inc.failureYear();
        fail = inc.uncertain() && failure != null ? failure - firstYear : horizon;
        netShare = butFor * (1.0 - displacement);
    }

    /** The inputs of incentive i from the tables, as Monte Carlo or the tornado may have changed them. */
    void load(ModelTables t, int i) {
        industry = t.industry[i];
        type = t.type[i];
        first = t.startSlot[i];
        lastActive = t.lastActiveSlot[i];
        ramp = t.ramp[i];
        exit = t.exitSlot[i];
        fail = t.failSlot[i];
        holdYears = t.holdYears[i];
        committed = t.jobs[i];
        butFor = t.butFor[i];
        amount = t.amount[i];
        talents = t.talents[i];
        exitMultiple = t.exitMultiple[i];
        recovery = t.recovery[i];
        clawback = t.clawback[i];
        probability = t.probability[i];
        netShare = t.netShare[i];
    }

    /**
     * Adds this incentive's flows with success weight w into the kernel's industry-year cells; detailed also adds the
     * net jobs and the outlay by type and keeps the incentive's own sums in this object's fields. The terms are the
     * model's, each year in the same order as version 1.
     */
    void project(ModelTables t, FlowKernel into, double w, boolean detailed) {
        int horizon = t.horizon;
        int first = this.first;
        int lastActive = this.lastActive;
        int fail = w == 1.0 ? horizon : this.fail;
        int ramp = this.ramp;
        int type = this.type;
        int j = industry;
        int row = j * horizon;
        double committed = this.committed;
        double amount = this.amount;
        double fixed = type == TALENT_SUBSIDY ? amount * talents : amount;
        double taxRate = t.taxRate[j];
        double netShare = this.netShare;
        double multiplier = t.multiplier[j];
        double[] productivity = t.productivity;
        double[] discount = t.discount;
        double[] gross = into.gross;
        double[] net = into.net;
        double[] total = into.total;
        double[] outlayCells = into.outlay;
        double[] typeOutlay = into.outlayByType[type];
        double paidBeforeFail = 0;
        double jobYears = 0;
        double discountedJobs = 0;
        double discountedValueAdded = 0;
        double outlaySum = 0;
        double discountedOutlay = 0;
        double grossJobs = 0;
        double netJobs = 0;
        double totalJobs = 0;
        // A stake or land is paid in its first year only (later years would add zeros).
        int paidTo = type == EQUITY || type == LAND_DISCOUNT ? first : lastActive;
        for (int slot = first; slot < horizon; slot++) {
            grossJobs = jobs(slot, first, ramp, committed, fail, w);
            int cell = row + slot;
            double p = productivity[cell];
            netJobs = grossJobs * netShare;
            totalJobs = netJobs * multiplier;
            gross[cell] += grossJobs;
            total[cell] += totalJobs;
            double d = discount[slot];
            if (detailed) {
                net[cell] += netJobs;
                jobYears += totalJobs;
                discountedJobs += d * totalJobs;
                discountedValueAdded += d * totalJobs * p;
            }
            if (slot <= paidTo) {
                double paid = paid(type, slot == first, slot >= fail, w, amount, fixed, grossJobs, p, taxRate);
                if (slot < fail) {
                    paidBeforeFail += paid;
                }
                outlayCells[cell] += paid;
                if (detailed) {
                    typeOutlay[slot] += paid;
                    outlaySum += paid;
                    discountedOutlay += d * paid;
                }
            }
        }
        if (detailed) {
            grossFinal = grossJobs;
            netFinal = netJobs;
            totalFinal = totalJobs;
            this.jobYears = jobYears;
            valueAddedFinal = totalJobs * productivity[row + horizon - 1];
            outlay = outlaySum;
            pvOutlay = discountedOutlay;
            pvRevenue = discountedValueAdded * taxRate;
            pvServiceCost = discountedJobs * t.residentCost();
            proceeds = 0;
            pvProceeds = 0;
            clawbacks = 0;
            pvClawbacks = 0;
        }
        // Exit proceeds, recovery and clawback: at most one payment each, in the exit or the failure year.
        boolean equity = type == EQUITY;
        if (equity && exit < horizon) {
            // The exit happens on the success path, and on the failure path when it comes before the failure.
            double exitProceeds = amount * exitMultiple;
            back(t, into, row, exit, fail < exit ? w * exitProceeds : exitProceeds, true, detailed);
        }
        if (fail < horizon) {
            if (equity && fail < exit) {
                back(t, into, row, fail, (1 - w) * (amount * recovery), true, detailed);
            } else if (!equity) {
                back(t, into, row, fail, (1 - w) * (clawback * paidBeforeFail), false, detailed);
            }
        }
    }

    /**
     * Out_i(t) by type in an active year: a stake or land once in the start year, a job subsidy and a tax rebate on
     * the jobs there are, talent subsidies and grants a fixed sum, scaled by the success weight from the failure on.
     */
    static double paid(
            int type,
            boolean startYear,
            boolean failed,
            double w,
            double amount,
            double fixed,
            double jobs,
            double productivity,
            double taxRate) {
        if (type == EQUITY || type == LAND_DISCOUNT) {
            return startYear ? amount : 0.0;
        } else if (type == JOB_SUBSIDY) {
            return amount * jobs;
        } else if (type == TAX_REBATE) {
            return amount * jobs * productivity * taxRate;
        }
        return failed ? w * fixed : fixed;
    }

    /** G = J min(1, (t - s + 1) / R): jobs stay once created; scaled by w from the failure on. */
    private static double jobs(int slot, int first, int ramp, double committed, int fail, double w) {
        int yearsSinceStart = slot - first + 1;
        double jobs = yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
        return slot >= fail ? w * jobs : jobs;
    }

    void back(ModelTables t, FlowKernel into, int row, int slot, double value, boolean asProceeds, boolean detailed) {
        (asProceeds ? into.proceeds : into.clawbacks)[row + slot] += value;
        if (detailed) {
            double presentValue = t.discount[slot] * value;
            if (asProceeds) {
                proceeds += value;
                pvProceeds += presentValue;
            } else {
                clawbacks += value;
                pvClawbacks += presentValue;
            }
        }
    }

    /** pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvServiceCost of the last detailed pass. */
    double npv() {
        return pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvServiceCost;
    }

    /** The last detailed pass as the incentive's result; MOIC and IRR are the contract's, alike in every view. */
    IncentiveResult result(Incentive inc, OptionalDouble moic, OptionalDouble irr) {
        return new IncentiveResult(
                inc.code(),
                inc.type(),
                inc.industryCode(),
                grossFinal,
                netFinal,
                totalFinal,
                jobYears,
                valueAddedFinal,
                outlay,
                pvOutlay,
                pvRevenue,
                proceeds,
                pvProceeds,
                pvServiceCost,
                npv(),
                moic,
                irr,
                clawbacks,
                pvClawbacks);
    }
}
