package org.workbench.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns a kernel's industry-year sums into the yearly totals and the key figures of one view, in the same order of
 * summation as version 1 (per industry first, then across industries), so that a view with every new input at its
 * default gives version 1's numbers to the last bit.
 *
 * <p>Key figures go into an array indexed by {@link Kpi#ordinal()}, NaN where the model leaves one empty. Not
 * thread-safe: one per kernel.
 */
final class ViewSummary {
    static final int KPI_COUNT = Kpi.values().length;

    final double[] kpis = new double[KPI_COUNT];
    /** C(t) per slot. */
    final double[] cumulative;

    private final double[] valueAdded;
    private final double[] laborIncome;
    private final double[] revenue;

    private static final int GROSS = 0, NET = 1, TOTAL = 2, VALUE = 3, LABOR = 4;
    private static final int REVENUE = 5, OUTLAY = 6, PROCEEDS = 7, CLAWBACKS = 8;
    /** Per year, the sums over the industries: gross, net and total jobs, value added, ... (the indices above). */
    private final double[][] bySlot;

    ViewSummary(ModelTables t) {
        cumulative = new double[t.horizon];
        int cells = t.industryCount * t.horizon;
        valueAdded = new double[cells];
        laborIncome = new double[cells];
        revenue = new double[cells];
        bySlot = new double[CLAWBACKS + 1][t.horizon];
    }

    /** The key figures and C(t) of the kernel's last run; the yearly rows too when {@code years} is not null. */
    void summarise(ModelTables t, FlowKernel k, List<YearResult> years) {
        int horizon = t.horizon;
        int industryCount = t.industryCount;
        double[][] by = bySlot;
        for (double[] sums : by) {
            Arrays.fill(sums, 0);
        }
        double[] gross = by[GROSS], net = by[NET], total = by[TOTAL], value = by[VALUE], labor = by[LABOR];
        double[] taxes = by[REVENUE], paid = by[OUTLAY], back = by[PROCEEDS], clawed = by[CLAWBACKS];
        // Row by row, each year's sums still run over the industries in their order: the same sums, read in the
        // order the cells lie in memory instead of one cell per row and year.
        for (int j = 0; j < industryCount; j++) {
            double taxRate = t.taxRate[j];
            int row = j * horizon;
            for (int slot = 0; slot < horizon; slot++) {
                int cell = row + slot;
                double va = k.total[cell] * t.productivity[cell];
                double li = k.total[cell] * t.wageByYear[cell];
                double rev = va * taxRate;
                valueAdded[cell] = va;
                laborIncome[cell] = li;
                revenue[cell] = rev;
                gross[slot] += k.gross[cell];
                net[slot] += k.net[cell];
                total[slot] += k.total[cell];
                value[slot] += va;
                labor[slot] += li;
                taxes[slot] += rev;
                paid[slot] += k.outlay[cell];
                back[slot] += k.proceeds[cell];
                clawed[slot] += k.clawbacks[cell];
            }
        }
        boolean rows = years != NO_ROWS;
        double cumulativeFlow = 0;
        double lowest = 0;
        double jobYears = 0, outlaySum = 0, pvOutlay = 0, pvRevenue = 0, pvProceeds = 0, pvService = 0;
        double pvClawbacks = 0, pvBudget = 0, peakShare = Double.NEGATIVE_INFINITY;
        double g = 0, e = 0, v = 0, l = 0, population = 0;
        for (int slot = 0; slot < horizon; slot++) {
            g = gross[slot];
            double n = net[slot];
            e = total[slot];
            v = value[slot];
            l = labor[slot];
            double rev = taxes[slot];
            double out = paid[slot];
            double p = back[slot];
            double claw = clawed[slot];
            population = e * t.inMigrantShare * t.householdSize;
            double serviceCost = population * t.serviceCost;
            double flow = rev + p + claw - out - serviceCost;
            cumulativeFlow += flow;
            cumulative[slot] = cumulativeFlow;
            lowest = Math.min(lowest, cumulativeFlow);
            if (rows) {
                years.add(new YearResult(
                        t.firstYear + slot,
                        g,
                        n,
                        e,
                        v,
                        l,
                        rev,
                        out,
                        p,
                        serviceCost,
                        flow,
                        cumulativeFlow,
                        population,
                        claw));
            }
            double d = t.discount[slot];
            jobYears += e;
            outlaySum += out;
            pvOutlay += d * out;
            pvRevenue += d * rev;
            pvProceeds += d * p;
            pvService += d * serviceCost;
            pvClawbacks += d * claw;
            pvBudget += d * t.budget[slot];
            if (t.budget[slot] > 0) {
                peakShare = Math.max(peakShare, out / t.budget[slot]);
            }
        }
        double[] f = kpis;
        Arrays.fill(f, Double.NaN);
        f[Kpi.NET_JOBS_FINAL.ordinal()] = e;
        f[Kpi.GROSS_DIRECT_JOBS_FINAL.ordinal()] = g;
        f[Kpi.JOB_YEARS.ordinal()] = jobYears;
        f[Kpi.VALUE_ADDED_FINAL.ordinal()] = v;
        f[Kpi.LABOR_INCOME_FINAL.ordinal()] = l;
        f[Kpi.POPULATION_FINAL.ordinal()] = population;
        f[Kpi.INCENTIVE_OUTLAY.ordinal()] = outlaySum;
        f[Kpi.PV_OUTLAY.ordinal()] = pvOutlay;
        f[Kpi.PV_REVENUE.ordinal()] = pvRevenue;
        f[Kpi.PV_PROCEEDS.ordinal()] = pvProceeds;
        f[Kpi.PV_SERVICE_COST.ordinal()] = pvService;
        f[Kpi.PV_CLAWBACKS.ordinal()] = pvClawbacks;
        f[Kpi.NPV.ordinal()] = pvRevenue + pvProceeds + pvClawbacks - pvOutlay - pvService;
        double costs = pvOutlay + pvService;
        if (costs != 0) {
            f[Kpi.BENEFIT_COST_RATIO.ordinal()] = (pvRevenue + pvProceeds + pvClawbacks) / costs;
        }
        f[Kpi.BREAK_EVEN_YEAR.ordinal()] = breakEvenYear(cumulative, t.firstYear);
        if (e != 0) {
            f[Kpi.COST_PER_NET_JOB.ordinal()] = outlaySum / e;
        }
        if (g != 0) {
            f[Kpi.COST_PER_GROSS_JOB.ordinal()] = outlaySum / g;
        }
        double finalValueAdded = 0;
        for (int j = 0; j < industryCount; j++) {
            finalValueAdded += valueAdded[j * horizon + horizon - 1];
        }
        if (finalValueAdded != 0) {
            double hhi = 0;
            for (int j = 0; j < industryCount; j++) {
                double share = valueAdded[j * horizon + horizon - 1] / finalValueAdded;
                hhi += share * share;
            }
            f[Kpi.CONCENTRATION_HHI.ordinal()] = hhi;
        }
        double baselineJobs = 0;
        for (double b : t.baselineJobs) {
            baselineJobs += b;
        }
        if (baselineJobs != 0) {
            f[Kpi.JOBS_VS_BASELINE.ordinal()] = e / baselineJobs;
        }
        f[Kpi.PEAK_FUNDING_GAP.ordinal()] = Math.max(0.0, -lowest);
        if (pvBudget > 0) {
            f[Kpi.PEAK_OUTLAY_SHARE.ordinal()] = peakShare;
            f[Kpi.OUTLAY_SHARE_OF_BUDGET.ordinal()] = pvOutlay / pvBudget;
        }
    }

    /** Marks a summary without yearly rows: Monte Carlo and the tornado only need the key figures and C(t). */
    static final List<YearResult> NO_ROWS = List.of();

    /**
     * The first year from which C(u) >= 0 for every later u up to the horizon; NaN when it ends below 0. Compared
     * exactly, with no tolerance, so that the answer is reproducible.
     */
    static double breakEvenYear(double[] cumulativeFlow, int firstYear) {
        int slot = cumulativeFlow.length - 1;
        if (cumulativeFlow[slot] < 0) {
            return Double.NaN;
        }
        while (slot > 0 && cumulativeFlow[slot - 1] >= 0) {
            slot--;
        }
        return firstYear + slot;
    }

    /** The whole result of the kernel's last (detailed) run, the incentives' results from its sums. */
    ProjectionResult result(String version, Scenario scenario, ModelTables t, FlowKernel k) {
        return result(version, scenario, t, k, incentiveResults(scenario, t, k.sums));
    }

    /** The whole result of a view whose cells are {@code k}'s, with the incentives' results given. */
    ProjectionResult result(
            String version, Scenario scenario, ModelTables t, FlowKernel k, List<IncentiveResult> incentiveResults) {
        List<YearResult> years = new ArrayList<>(t.horizon);
        summarise(t, k, years);
        Map<Kpi, Double> map = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            if (!Double.isNaN(kpis[kpi.ordinal()])) {
                map.put(kpi, kpis[kpi.ordinal()]);
            }
        }
        return new ProjectionResult(
                version, years, map, incentiveResults, industryResults(scenario, t, k), outlayByType(t, k));
    }

    /** Every incentive's result from the kernel's sums, in the scenario's order. */
    private static List<IncentiveResult> incentiveResults(Scenario scenario, ModelTables t, IncentiveSums s) {
        List<Incentive> incentives = scenario.incentives();
        int count = incentives.size();
        List<IncentiveResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Incentive incentive = incentives.get(i);
            OptionalDouble moic = OptionalDouble.empty();
            OptionalDouble irr = OptionalDouble.empty();
            if (incentive.type().hasExit() && t.exitSlot[i] < t.horizon) {
                // The contract's own return, as version 1 reports it in every view: MOIC and IRR of the exit.
                double multiple = t.exitMultiple[i];
                moic = OptionalDouble.of(multiple);
                irr = OptionalDouble.of(Math.pow(multiple, 1.0 / t.holdYears[i]) - 1.0);
            }
            results.add(new IncentiveResult(
                    incentive.code(),
                    incentive.type(),
                    incentive.industryCode(),
                    s.grossFinal[i],
                    s.netFinal[i],
                    s.totalFinal[i],
                    s.jobYears[i],
                    s.valueAddedFinal[i],
                    s.outlay[i],
                    s.pvOutlay[i],
                    s.pvRevenue[i],
                    s.proceeds[i],
                    s.pvProceeds[i],
                    s.pvServiceCost[i],
                    s.npv(i),
                    moic,
                    irr,
                    s.clawbacks[i],
                    s.pvClawbacks[i]));
        }
        return results;
    }

    private List<IndustryResult> industryResults(Scenario scenario, ModelTables t, FlowKernel k) {
        int horizon = t.horizon;
        double finalValueAdded = 0;
        for (int j = 0; j < t.industryCount; j++) {
            finalValueAdded += valueAdded[j * horizon + horizon - 1];
        }
        List<IndustryResult> results = new ArrayList<>(t.industryCount);
        for (int j = 0; j < t.industryCount; j++) {
            int from = j * horizon;
            int to = from + horizon;
            double finalShare = valueAdded[to - 1];
            results.add(new IndustryResult(
                    scenario.industries().get(j).code(),
                    slice(t.firstYear, k.gross, from, to),
                    slice(t.firstYear, k.net, from, to),
                    slice(t.firstYear, k.total, from, to),
                    slice(t.firstYear, valueAdded, from, to),
                    slice(t.firstYear, laborIncome, from, to),
                    slice(t.firstYear, revenue, from, to),
                    slice(t.firstYear, k.outlay, from, to),
                    slice(t.firstYear, k.proceeds, from, to),
                    finalValueAdded == 0 ? OptionalDouble.empty() : OptionalDouble.of(finalShare / finalValueAdded)));
        }
        return results;
    }

    private static Map<IncentiveType, YearSeries> outlayByType(ModelTables t, FlowKernel k) {
        Map<IncentiveType, YearSeries> byType = new EnumMap<>(IncentiveType.class);
        for (IncentiveType type : IncentiveType.values()) {
            byType.put(type, YearSeries.wrap(t.firstYear, k.outlayByType[type.ordinal()].clone()));
        }
        return byType;
    }

    private static YearSeries slice(int firstYear, double[] values, int from, int to) {
        return YearSeries.wrap(firstYear, Arrays.copyOfRange(values, from, to));
    }
}
