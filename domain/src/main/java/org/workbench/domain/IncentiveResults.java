package org.workbench.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * One view's incentive results as the pass's figures in primitive arrays, each made into its record when first read
 * and kept: a large scenario's records took an eighth of the promised and expected views' time and most of what they
 * allocated, and most callers read few of them or none.
 *
 * <p>Immutable and thread-safe: two threads may both make a record not yet kept; either copy equals the other, and
 * a record's final fields make it safe to share without a lock.
 */
abstract sealed class IncentiveResults extends AbstractList<IncentiveResult> implements RandomAccess {
    final List<Incentive> incentives;
    final ModelTables tables;

    private IncentiveResults(List<Incentive> incentives, ModelTables tables) {
        this.incentives = incentives;
        this.tables = tables;
    }

    @Override
    public int size() {
        return incentives.size();
    }

    /** The contract's own return, as version 1 reports it in every view: MOIC and IRR of an exit within the horizon. */
    static OptionalDouble[] returns(Incentive inc, ModelTables t) {
        Integer exitYear = inc.exitYear();
        Double multiple = inc.exitMultiple();
        if (!inc.type().hasExit() || exitYear == null || multiple == null || exitYear - t.firstYear >= t.horizon) {
            return NO_RETURNS;
        }
        double exitMultiple = multiple;
        int holdYears = exitYear - inc.startYear();
        return new OptionalDouble[] {
            OptionalDouble.of(exitMultiple), OptionalDouble.of(Math.pow(exitMultiple, 1.0 / holdYears) - 1.0)
        };
    }

    private static final OptionalDouble[] NO_RETURNS = {OptionalDouble.empty(), OptionalDouble.empty()};

    /**
     * The promised view's results. The path at weight 1 never fails, so a result's final-year jobs, value added and
     * exit proceeds follow from the incentive's inputs, by the same terms as in {@link IncentiveFlow#project}; only
     * the sums over the years are kept, {@link #FIGURES} per incentive, in one array per block of incentives.
     */
    static final class Promised extends IncentiveResults {
        static final int FIGURES = 5;
        static final int JOB_YEARS = 0;
        static final int OUTLAY = 1;
        static final int PV_OUTLAY = 2;
        static final int PV_REVENUE = 3;
        static final int PV_SERVICE_COST = 4;

        private final int block;
        private final double[][] figures;
        private final IncentiveResult[] made;

        /** {@code figures[i / block]} holds incentive i's figures from {@code (i % block) * FIGURES} on. */
        Promised(List<Incentive> incentives, ModelTables tables, int block, double[][] figures) {
            super(incentives, tables);
            this.block = block;
            this.figures = figures;
            made = new IncentiveResult[incentives.size()];
        }

        /** Keeps the promised sums of the flow's last detailed pass as an incentive's figures, from {@code at} on. */
        static void keep(double[] into, int at, IncentiveFlow f) {
            into[at + JOB_YEARS] = f.jobYears;
            into[at + OUTLAY] = f.outlay;
            into[at + PV_OUTLAY] = f.pvOutlay;
            into[at + PV_REVENUE] = f.pvRevenue;
            into[at + PV_SERVICE_COST] = f.pvServiceCost;
        }

        @Override
        public IncentiveResult get(int index) {
            IncentiveResult result = made[Objects.checkIndex(index, made.length)];
            if (result == null) {
                result = make(index);
                made[index] = result;
            }
            return result;
        }

        private IncentiveResult make(int i) {
            Incentive inc = incentives.get(i);
            ModelTables t = tables;
            int horizon = t.horizon;
            int j = t.industryIndex(inc.industryCode());
            int first = inc.startYear() - t.firstYear;
            double grossJobs = 0;
            double netJobs = 0;
            double totalJobs = 0;
            if (first < horizon) {
                // The last year's jobs, as the year loop leaves them.
                int yearsSinceStart = horizon - first;
                int ramp = inc.rampYears();
                double committed = inc.committedJobs();
                grossJobs = yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
                netJobs = grossJobs * (inc.butForShare() * (1.0 - t.displacement[j]));
                totalJobs = netJobs * t.multiplier[j];
            }
            double proceeds = 0;
            double pvProceeds = 0;
            Integer exitYear = inc.exitYear();
            Double multiple = inc.exitMultiple();
            if (inc.type().hasExit() && exitYear != null && multiple != null) {
                int exit = Math.min(horizon, exitYear - t.firstYear);
                if (exit < horizon) {
                    double value = inc.amount() * multiple;
                    proceeds += value;
                    pvProceeds += t.discount[exit] * value;
                }
            }
            double[] f = figures[i / block];
            int at = (i % block) * FIGURES;
            double pvOutlay = f[at + PV_OUTLAY];
            double pvRevenue = f[at + PV_REVENUE];
            double pvServiceCost = f[at + PV_SERVICE_COST];
            double pvClawbacks = 0;
            OptionalDouble[] returns = returns(inc, t);
            return new IncentiveResult(
                    inc.code(),
                    inc.type(),
                    inc.industryCode(),
                    grossJobs,
                    netJobs,
                    totalJobs,
                    f[at + JOB_YEARS],
                    totalJobs * t.productivity[j * horizon + horizon - 1],
                    f[at + OUTLAY],
                    pvOutlay,
                    pvRevenue,
                    proceeds,
                    pvProceeds,
                    pvServiceCost,
                    pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvServiceCost,
                    returns[0],
                    returns[1],
                    0,
                    pvClawbacks);
        }
    }

    /**
     * The expected view's results: the uncertain incentives' own, from their sums; every other incentive's is the
     * promised view's record itself, as a certain incentive's result is the same in both views.
     */
    static final class Expected extends IncentiveResults {
        private final Promised promised;
        private final int[] own;
        private final int ownCount;
        private final IncentiveSums sums;
        private final IncentiveResult[] made;

        /** {@code own[0..count-1]}: the uncertain incentives, ascending, their sums at the same position in sums. */
        Expected(Promised promised, int[] own, int count, IncentiveSums sums) {
            super(promised.incentives, promised.tables);
            this.promised = promised;
            this.own = own;
            ownCount = count;
            this.sums = sums;
            made = new IncentiveResult[count];
        }

        @Override
        public IncentiveResult get(int index) {
            Objects.checkIndex(index, incentives.size());
            int at = Arrays.binarySearch(own, 0, ownCount, index);
            if (at < 0) {
                return promised.get(index);
            }
            IncentiveResult result = made[at];
            if (result == null) {
                result = make(incentives.get(index), at);
                made[at] = result;
            }
            return result;
        }

        private IncentiveResult make(Incentive inc, int at) {
            IncentiveSums s = sums;
            OptionalDouble[] returns = returns(inc, tables);
            return new IncentiveResult(
                    inc.code(),
                    inc.type(),
                    inc.industryCode(),
                    s.grossFinal[at],
                    s.netFinal[at],
                    s.totalFinal[at],
                    s.jobYears[at],
                    s.valueAddedFinal[at],
                    s.outlay[at],
                    s.pvOutlay[at],
                    s.pvRevenue[at],
                    s.proceeds[at],
                    s.pvProceeds[at],
                    s.pvServiceCost[at],
                    s.npv(at),
                    returns[0],
                    returns[1],
                    s.clawbacks[at],
                    s.pvClawbacks[at]);
        }
    }
}
