package org.workbench.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The version 1 engine as it was before version 2, kept unchanged as the oracle that every version 2 view with the new
 * inputs at their defaults must agree with. It reads none of the version 2 inputs.
 *
 * <p>Speed: the growth factors, wages and discount factors are tabled once per industry-year, so the inner loop over
 * incentive-years does only multiplications and additions into flat arrays. The formulas are the model's, term for
 * term; only the order of summation differs (per industry first, then across industries).
 */
final class VersionOneEngine {
    public static final String MODEL_VERSION = "1";

    private static final IncentiveType[] TYPES = IncentiveType.values();

    private VersionOneEngine() {}

    static ProjectionResult project(Scenario scenario) {
        ScenarioSettings settings = scenario.settings();
        int horizon = settings.horizonYears();
        int baseYear = settings.baseYear();
        int firstYear = baseYear + 1;
        List<Industry> industries = scenario.industries();
        List<Incentive> incentives = scenario.incentives();
        int industryCount = industries.size();

        // d(t) = 1 / (1 + r)^k, k = 1..H; slot k - 1.
        double[] discount = new double[horizon];
        for (int k = 1; k <= horizon; k++) {
            discount[k - 1] = 1.0 / Math.pow(1.0 + settings.discountRate(), k);
        }

        // p_j(t) = v_j (1 + g_j)^k and w_j(t) = w_j (1 + g_j)^k, slot j * H + k - 1.
        double[] productivity = new double[industryCount * horizon];
        double[] wage = new double[industryCount * horizon];
        Map<String, Integer> industryIndex = new HashMap<>(industryCount * 2);
        for (int j = 0; j < industryCount; j++) {
            Industry industry = industries.get(j);
            industryIndex.put(industry.code(), j);
            for (int k = 1; k <= horizon; k++) {
                double growth = Math.pow(1.0 + industry.productivityGrowth(), k);
                productivity[j * horizon + k - 1] = industry.valueAddedPerJob() * growth;
                wage[j * horizon + k - 1] = industry.averageWage() * growth;
            }
        }

        // Sums over the incentives aimed at each industry, slot j * H + k - 1.
        double[] gross = new double[industryCount * horizon];
        double[] net = new double[industryCount * horizon];
        double[] total = new double[industryCount * horizon];
        double[] outlay = new double[industryCount * horizon];
        double[] proceeds = new double[industryCount * horizon];
        double[][] outlayByType = new double[TYPES.length][horizon];

        double residentCost = settings.inMigrantShare() * settings.householdSize() * settings.serviceCostPerResident();
        List<IncentiveResult> incentiveResults = new ArrayList<>(incentives.size());
        for (Incentive incentive : incentives) {
            int j = industryIndex.get(incentive.industryCode());
            Industry industry = industries.get(j);
            int row = j * horizon;
            int first = incentive.startYear() - firstYear;
            int lastActive = Math.min(horizon - 1, first + incentive.durationYears() - 1);
            double committed = incentive.committedJobs();
            int ramp = incentive.rampYears();
            double netShare = incentive.butForShare() * (1.0 - industry.displacement());
            double multiplier = industry.employmentMultiplier();
            double taxRate = industry.taxRate();
            double amount = incentive.amount();
            IncentiveType type = incentive.type();
            double[] typeOutlay = outlayByType[type.ordinal()];

            double jobYears = 0;
            double discountedJobs = 0;
            double discountedValueAdded = 0;
            double outlaySum = 0;
            double discountedOutlay = 0;
            double grossJobs = 0;
            double netJobs = 0;
            double totalJobs = 0;
            for (int slot = first; slot < horizon; slot++) {
                int yearsSinceStart = slot - first + 1;
                // G = J * min(1, (t - s + 1) / R): jobs stay once created.
                grossJobs = yearsSinceStart >= ramp ? committed : committed * ((double) yearsSinceStart / ramp);
                netJobs = grossJobs * netShare;
                totalJobs = netJobs * multiplier;
                int cell = row + slot;
                gross[cell] += grossJobs;
                net[cell] += netJobs;
                total[cell] += totalJobs;
                double d = discount[slot];
                jobYears += totalJobs;
                discountedJobs += d * totalJobs;
                discountedValueAdded += d * totalJobs * productivity[cell];
                if (slot <= lastActive) {
                    double paid = switch (type) {
                        case EQUITY, LAND_DISCOUNT -> slot == first ? amount : 0.0;
                        case JOB_SUBSIDY -> amount * grossJobs;
                        case TAX_REBATE -> amount * grossJobs * productivity[cell] * taxRate;
                        case TALENT_SUBSIDY -> amount * incentive.talents();
                        case RD_GRANT -> amount;
                    };
                    outlay[cell] += paid;
                    typeOutlay[slot] += paid;
                    outlaySum += paid;
                    discountedOutlay += d * paid;
                }
            }

            double equityProceeds = 0;
            double pvProceeds = 0;
            OptionalDouble moic = OptionalDouble.empty();
            OptionalDouble irr = OptionalDouble.empty();
            if (type == IncentiveType.EQUITY) {
                int exitYear = requireExit(incentive.exitYear());
                double exitMultiple = requireExit(incentive.exitMultiple());
                if (exitYear <= settings.lastYear()) {
                    int slot = exitYear - firstYear;
                    equityProceeds = amount * exitMultiple;
                    proceeds[row + slot] += equityProceeds;
                    pvProceeds = discount[slot] * equityProceeds;
                    moic = OptionalDouble.of(exitMultiple);
                    irr = OptionalDouble.of(Math.pow(exitMultiple, 1.0 / (exitYear - incentive.startYear())) - 1.0);
                }
            }
            double pvRevenue = discountedValueAdded * taxRate;
            double pvServiceCost = discountedJobs * residentCost;
            int lastSlot = row + horizon - 1;
            incentiveResults.add(new IncentiveResult(
                    incentive.code(),
                    type,
                    incentive.industryCode(),
                    grossJobs,
                    netJobs,
                    totalJobs,
                    jobYears,
                    totalJobs * productivity[lastSlot],
                    outlaySum,
                    discountedOutlay,
                    pvRevenue,
                    equityProceeds,
                    pvProceeds,
                    pvServiceCost,
                    pvRevenue + pvProceeds - discountedOutlay - pvServiceCost,
                    moic,
                    irr,
                    0,
                    0));
        }

        return summarise(
                settings,
                industries,
                discount,
                productivity,
                wage,
                gross,
                net,
                total,
                outlay,
                proceeds,
                outlayByType,
                incentiveResults);
    }

    private static ProjectionResult summarise(
            ScenarioSettings settings,
            List<Industry> industries,
            double[] discount,
            double[] productivity,
            double[] wage,
            double[] gross,
            double[] net,
            double[] total,
            double[] outlay,
            double[] proceeds,
            double[][] outlayByType,
            List<IncentiveResult> incentiveResults) {
        int horizon = settings.horizonYears();
        int firstYear = settings.firstYear();
        int industryCount = industries.size();
        double[] valueAdded = new double[industryCount * horizon];
        double[] laborIncome = new double[industryCount * horizon];
        double[] revenue = new double[industryCount * horizon];
        for (int j = 0; j < industryCount; j++) {
            double taxRate = industries.get(j).taxRate();
            for (int cell = j * horizon; cell < (j + 1) * horizon; cell++) {
                valueAdded[cell] = total[cell] * productivity[cell];
                laborIncome[cell] = total[cell] * wage[cell];
                revenue[cell] = valueAdded[cell] * taxRate;
            }
        }

        List<YearResult> years = new ArrayList<>(horizon);
        double cumulative = 0;
        double[] cumulativeFlow = new double[horizon];
        double jobYears = 0;
        double outlaySum = 0;
        double pvOutlay = 0;
        double pvRevenue = 0;
        double pvProceeds = 0;
        double pvServiceCost = 0;
        YearResult last = null;
        for (int slot = 0; slot < horizon; slot++) {
            double g = 0, n = 0, e = 0, v = 0, l = 0, rev = 0, out = 0, p = 0;
            for (int cell = slot; cell < industryCount * horizon; cell += horizon) {
                g += gross[cell];
                n += net[cell];
                e += total[cell];
                v += valueAdded[cell];
                l += laborIncome[cell];
                rev += revenue[cell];
                out += outlay[cell];
                p += proceeds[cell];
            }
            double population = e * settings.inMigrantShare() * settings.householdSize();
            double serviceCost = population * settings.serviceCostPerResident();
            double flow = rev + p - out - serviceCost;
            cumulative += flow;
            cumulativeFlow[slot] = cumulative;
            last = new YearResult(
                    firstYear + slot, g, n, e, v, l, rev, out, p, serviceCost, flow, cumulative, population);
            years.add(last);
            double d = discount[slot];
            jobYears += e;
            outlaySum += out;
            pvOutlay += d * out;
            pvRevenue += d * rev;
            pvProceeds += d * p;
            pvServiceCost += d * serviceCost;
        }
        if (last == null) {
            throw new IllegalStateException("a scenario has at least one year");
        }

        Map<Kpi, Double> kpis = new EnumMap<>(Kpi.class);
        kpis.put(Kpi.NET_JOBS_FINAL, last.totalJobs());
        kpis.put(Kpi.GROSS_DIRECT_JOBS_FINAL, last.grossDirectJobs());
        kpis.put(Kpi.JOB_YEARS, jobYears);
        kpis.put(Kpi.VALUE_ADDED_FINAL, last.valueAdded());
        kpis.put(Kpi.LABOR_INCOME_FINAL, last.laborIncome());
        kpis.put(Kpi.POPULATION_FINAL, last.populationInflow());
        kpis.put(Kpi.INCENTIVE_OUTLAY, outlaySum);
        kpis.put(Kpi.PV_OUTLAY, pvOutlay);
        kpis.put(Kpi.PV_REVENUE, pvRevenue);
        kpis.put(Kpi.PV_PROCEEDS, pvProceeds);
        kpis.put(Kpi.PV_SERVICE_COST, pvServiceCost);
        kpis.put(Kpi.NPV, pvRevenue + pvProceeds - pvOutlay - pvServiceCost);
        double costs = pvOutlay + pvServiceCost;
        if (costs != 0) {
            kpis.put(Kpi.BENEFIT_COST_RATIO, (pvRevenue + pvProceeds) / costs);
        }
        breakEvenYear(cumulativeFlow, firstYear).ifPresent(year -> kpis.put(Kpi.BREAK_EVEN_YEAR, year));
        if (last.totalJobs() != 0) {
            kpis.put(Kpi.COST_PER_NET_JOB, outlaySum / last.totalJobs());
        }
        if (last.grossDirectJobs() != 0) {
            kpis.put(Kpi.COST_PER_GROSS_JOB, outlaySum / last.grossDirectJobs());
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
            kpis.put(Kpi.CONCENTRATION_HHI, hhi);
        }
        double baselineJobs = 0;
        for (Industry industry : industries) {
            baselineJobs += industry.baselineJobs();
        }
        if (baselineJobs != 0) {
            kpis.put(Kpi.JOBS_VS_BASELINE, last.totalJobs() / baselineJobs);
        }

        List<IndustryResult> industryResults = new ArrayList<>(industryCount);
        for (int j = 0; j < industryCount; j++) {
            int from = j * horizon;
            int to = from + horizon;
            double finalShare = valueAdded[to - 1];
            industryResults.add(new IndustryResult(
                    industries.get(j).code(),
                    slice(firstYear, gross, from, to),
                    slice(firstYear, net, from, to),
                    slice(firstYear, total, from, to),
                    slice(firstYear, valueAdded, from, to),
                    slice(firstYear, laborIncome, from, to),
                    slice(firstYear, revenue, from, to),
                    slice(firstYear, outlay, from, to),
                    slice(firstYear, proceeds, from, to),
                    finalValueAdded == 0 ? OptionalDouble.empty() : OptionalDouble.of(finalShare / finalValueAdded)));
        }
        Map<IncentiveType, YearSeries> byType = new EnumMap<>(IncentiveType.class);
        for (IncentiveType type : TYPES) {
            byType.put(type, YearSeries.wrap(firstYear, outlayByType[type.ordinal()]));
        }
        return new ProjectionResult(MODEL_VERSION, years, kpis, incentiveResults, industryResults, byType);
    }

    /**
     * The first year from which the cumulative net fiscal flow stays >= 0 to the end of the horizon; empty when it
     * ends below 0. Compared exactly, with no tolerance, so the answer is reproducible.
     */
    static OptionalDouble breakEvenYear(double[] cumulativeFlow, int firstYear) {
        int slot = cumulativeFlow.length - 1;
        if (cumulativeFlow[slot] < 0) {
            return OptionalDouble.empty();
        }
        while (slot > 0 && cumulativeFlow[slot - 1] >= 0) {
            slot--;
        }
        return OptionalDouble.of(firstYear + slot);
    }

    private static YearSeries slice(int firstYear, double[] values, int from, int to) {
        return YearSeries.wrap(firstYear, Arrays.copyOfRange(values, from, to));
    }

    private static <T> T requireExit(@org.jspecify.annotations.Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("an EQUITY incentive always has its exit, the record checks it");
        }
        return value;
    }
}
