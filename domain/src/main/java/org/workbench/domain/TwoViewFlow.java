package org.workbench.domain;

import org.jspecify.annotations.Nullable;

/**
 * An uncertain incentive's flows in the promised view (weight 1) and the expected view (weight pi) in one pass over
 * its years. Both views take the same flows before the failure year, so those are computed once and added into both
 * views' cells; from the failure year on each view gets its own. Every term, and every sum in its order, is the one
 * {@link IncentiveFlow#project} gives with that weight, so the two results are bit for bit those of two passes.
 *
 * <p>Reused from incentive to incentive. Not thread-safe.
 */
final class TwoViewFlow {
    private static final int EQUITY = IncentiveType.EQUITY.ordinal();
    private static final int LAND_DISCOUNT = IncentiveType.LAND_DISCOUNT.ordinal();
    private static final int TALENT_SUBSIDY = IncentiveType.TALENT_SUBSIDY.ordinal();

    /** The expected view's sums; the promised view's stay in the projected flow. */
    final IncentiveFlow expected = new IncentiveFlow();

    private final Running promisedSums = new Running();
    private final Running expectedSums = new Running();

    /** Adds f's flows into both views' cells and keeps the promised sums in f, the expected ones in {@link #expected}. */
    void project(ModelTables t, IncentiveFlow f, FlowKernel promised, FlowKernel weighted) {
        int horizon = t.horizon;
        int split = Math.max(f.first, Math.min(f.fail, horizon));
        double w = f.probability;
        Running p = promisedSums;
        Running e = expectedSums;
        p.clear();
        // Before the failure both views' terms are those of weight 1, which never fails.
        years(t, f, p, promised, weighted, f.first, split, 1.0, horizon);
        e.copy(p);
        failed(t, f, p, e, promised, weighted, split);
        p.store(t, f, f);
        e.store(t, f, expected);
        back(t, f, f, promised, 1.0, horizon, p.paidBeforeFail);
        back(t, f, expected, weighted, w, f.fail, e.paidBeforeFail);
    }

    /** Slots from..to-1 with weight w failing at fail, into one kernel's cells or, when {@code also} is set, two. */
    private static void years(
            ModelTables t,
            IncentiveFlow f,
            Running s,
            FlowKernel into,
            @Nullable FlowKernel also,
            int from,
            int to,
            double w,
            int fail) {
        int horizon = t.horizon;
        int row = f.industry * horizon;
        int type = f.type;
        int first = f.first;
        int ramp = f.ramp;
        // The years with payments: a stake or land is paid in its first year only, as in IncentiveFlow.
        int paidTo = type == EQUITY || type == LAND_DISCOUNT ? first : f.lastActive;
        double committed = f.committed;
        double netShare = f.netShare;
        double amount = f.amount;
        double fixed = type == TALENT_SUBSIDY ? amount * f.talents : amount;
        double taxRate = t.taxRate[f.industry];
        double multiplier = t.multiplier[f.industry];
        double[] productivity = t.productivity;
        double[] discount = t.discount;
        double[] typeOutlay = into.outlayByType[type];
        // Locals, not the fields, inside the loop: the compiler keeps them in registers.
        double grossJobs = s.grossJobs;
        double netJobs = s.netJobs;
        double totalJobs = s.totalJobs;
        double jobYears = s.jobYears;
        double discountedJobs = s.discountedJobs;
        double discountedValueAdded = s.discountedValueAdded;
        double outlaySum = s.outlaySum;
        double discountedOutlay = s.discountedOutlay;
        double paidBeforeFail = s.paidBeforeFail;
        for (int slot = from; slot < to; slot++) {
            int cell = row + slot;
            double p = productivity[cell];
            int yearsSinceStart = slot - first + 1;
            double jobs = yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
            grossJobs = slot >= fail ? w * jobs : jobs;
            netJobs = grossJobs * netShare;
            totalJobs = netJobs * multiplier;
            add(into, also, cell, grossJobs, netJobs, totalJobs);
            double d = discount[slot];
            jobYears += totalJobs;
            discountedJobs += d * totalJobs;
            discountedValueAdded += d * totalJobs * p;
            if (slot <= paidTo) {
                double paid =
                        IncentiveFlow.paid(type, slot == first, slot >= fail, w, amount, fixed, grossJobs, p, taxRate);
                if (slot < fail) {
                    paidBeforeFail += paid;
                }
                into.outlay[cell] += paid;
                typeOutlay[slot] += paid;
                if (also != null) {
                    also.outlay[cell] += paid;
                    also.outlayByType[type][slot] += paid;
                }
                outlaySum += paid;
                discountedOutlay += d * paid;
            }
        }
        s.grossJobs = grossJobs;
        s.netJobs = netJobs;
        s.totalJobs = totalJobs;
        s.jobYears = jobYears;
        s.discountedJobs = discountedJobs;
        s.discountedValueAdded = discountedValueAdded;
        s.outlaySum = outlaySum;
        s.discountedOutlay = discountedOutlay;
        s.paidBeforeFail = paidBeforeFail;
    }

    /**
     * Slots from..H-1, all from the failure on: the promised view's terms at weight 1 and the expected view's at w,
     * in one loop since both start from the same jobs.
     */
    private static void failed(
            ModelTables t,
            IncentiveFlow f,
            Running ps,
            Running es,
            FlowKernel promised,
            FlowKernel expected,
            int from) {
        int horizon = t.horizon;
        int row = f.industry * horizon;
        int type = f.type;
        int first = f.first;
        int ramp = f.ramp;
        int paidTo = type == EQUITY || type == LAND_DISCOUNT ? first : f.lastActive;
        double w = f.probability;
        double committed = f.committed;
        double netShare = f.netShare;
        double amount = f.amount;
        double fixed = type == TALENT_SUBSIDY ? amount * f.talents : amount;
        double taxRate = t.taxRate[f.industry];
        double multiplier = t.multiplier[f.industry];
        double[] productivity = t.productivity;
        double[] discount = t.discount;
        double[] promisedType = promised.outlayByType[type];
        double[] expectedType = expected.outlayByType[type];
        double pGross = ps.grossJobs, pNet = ps.netJobs, pTotal = ps.totalJobs;
        double pJobYears = ps.jobYears, pJobs = ps.discountedJobs, pValue = ps.discountedValueAdded;
        double pOutlay = ps.outlaySum, pPvOutlay = ps.discountedOutlay;
        double eGross = es.grossJobs, eNet = es.netJobs, eTotal = es.totalJobs;
        double eJobYears = es.jobYears, eJobs = es.discountedJobs, eValue = es.discountedValueAdded;
        double eOutlay = es.outlaySum, ePvOutlay = es.discountedOutlay;
        for (int slot = from; slot < horizon; slot++) {
            int cell = row + slot;
            double p = productivity[cell];
            double d = discount[slot];
            int yearsSinceStart = slot - first + 1;
            pGross = yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
            pNet = pGross * netShare;
            pTotal = pNet * multiplier;
            eGross = w * pGross;
            eNet = eGross * netShare;
            eTotal = eNet * multiplier;
            add(promised, null, cell, pGross, pNet, pTotal);
            add(expected, null, cell, eGross, eNet, eTotal);
            pJobYears += pTotal;
            pJobs += d * pTotal;
            pValue += d * pTotal * p;
            eJobYears += eTotal;
            eJobs += d * eTotal;
            eValue += d * eTotal * p;
            if (slot <= paidTo) {
                boolean start = slot == first;
                double paid = IncentiveFlow.paid(type, start, false, 1.0, amount, fixed, pGross, p, taxRate);
                promised.outlay[cell] += paid;
                promisedType[slot] += paid;
                pOutlay += paid;
                pPvOutlay += d * paid;
                paid = IncentiveFlow.paid(type, start, true, w, amount, fixed, eGross, p, taxRate);
                expected.outlay[cell] += paid;
                expectedType[slot] += paid;
                eOutlay += paid;
                ePvOutlay += d * paid;
            }
        }
        ps.set(pGross, pNet, pTotal, pJobYears, pJobs, pValue, pOutlay, pPvOutlay);
        es.set(eGross, eNet, eTotal, eJobYears, eJobs, eValue, eOutlay, ePvOutlay);
    }

    private static void add(
            FlowKernel into, @Nullable FlowKernel also, int cell, double gross, double net, double total) {
        into.gross[cell] += gross;
        into.total[cell] += total;
        into.net[cell] += net;
        if (also != null) {
            also.gross[cell] += gross;
            also.total[cell] += total;
            also.net[cell] += net;
        }
    }

    /** Exit proceeds, recovery and clawback of one view, as {@link IncentiveFlow#project} adds them. */
    private static void back(
            ModelTables t,
            IncentiveFlow f,
            IncentiveFlow sums,
            FlowKernel into,
            double w,
            int fail,
            double paidBefore) {
        int horizon = t.horizon;
        int row = f.industry * horizon;
        boolean equity = f.type == EQUITY;
        if (equity && f.exit < horizon) {
            double exitProceeds = f.amount * f.exitMultiple;
            sums.back(t, into, row, f.exit, fail < f.exit ? w * exitProceeds : exitProceeds, true, true);
        }
        if (fail < horizon) {
            if (equity && fail < f.exit) {
                sums.back(t, into, row, fail, (1 - w) * (f.amount * f.recovery), true, true);
            } else if (!equity) {
                sums.back(t, into, row, fail, (1 - w) * (f.clawback * paidBefore), false, true);
            }
        }
    }

    /** One view's running sums over an incentive's years. */
    private static final class Running {
        double grossJobs;
        double netJobs;
        double totalJobs;
        double jobYears;
        double discountedJobs;
        double discountedValueAdded;
        double outlaySum;
        double discountedOutlay;
        double paidBeforeFail;

        void clear() {
            grossJobs = netJobs = totalJobs = 0;
            jobYears = discountedJobs = discountedValueAdded = 0;
            outlaySum = discountedOutlay = paidBeforeFail = 0;
        }

        /** The sums after the failed years; what was paid before the failure stays. */
        void set(
                double gross,
                double net,
                double total,
                double years,
                double jobs,
                double value,
                double paid,
                double pvPaid) {
            grossJobs = gross;
            netJobs = net;
            totalJobs = total;
            jobYears = years;
            discountedJobs = jobs;
            discountedValueAdded = value;
            outlaySum = paid;
            discountedOutlay = pvPaid;
        }

        void copy(Running o) {
            grossJobs = o.grossJobs;
            netJobs = o.netJobs;
            totalJobs = o.totalJobs;
            jobYears = o.jobYears;
            discountedJobs = o.discountedJobs;
            discountedValueAdded = o.discountedValueAdded;
            outlaySum = o.outlaySum;
            discountedOutlay = o.discountedOutlay;
            paidBeforeFail = o.paidBeforeFail;
        }

        /** The sums as an incentive's, in the fields {@link IncentiveFlow#result} reads. */
        void store(ModelTables t, IncentiveFlow f, IncentiveFlow sums) {
            sums.grossFinal = grossJobs;
            sums.netFinal = netJobs;
            sums.totalFinal = totalJobs;
            sums.jobYears = jobYears;
            sums.valueAddedFinal = totalJobs * t.productivity[f.industry * t.horizon + t.horizon - 1];
            sums.outlay = outlaySum;
            sums.pvOutlay = discountedOutlay;
            sums.pvRevenue = discountedValueAdded * t.taxRate[f.industry];
            sums.pvServiceCost = discountedJobs * t.residentCost();
            sums.proceeds = 0;
            sums.pvProceeds = 0;
            sums.clawbacks = 0;
            sums.pvClawbacks = 0;
        }
    }
}
