package org.workbench.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's inputs as flat arrays, with the growth, productivity, wage and discount factors tabled once, so that
 * the kernel's inner loop does only multiplications and additions. Monte Carlo and the tornado copy a table and set
 * single inputs on the copy ({@link #set}, then {@link #refresh()}); the scenario itself is never touched.
 *
 * <p>Slots: year index k = 1..H is slot k - 1; industry-year cells are {@code j * H + slot}.
 */
final class ModelTables {
    final int horizon;
    final int firstYear;
    final int industryCount;
    /** The number of incentives in the per-incentive arrays: 0 for {@link #industriesOnly}. */
    final int incentiveCount;

    final double[] discount;
    /** Bud(t) = B0 (1 + gB)^k; all zeros when no budget is given. */
    final double[] budget;

    double householdSize;
    double inMigrantShare;
    double serviceCost;

    final double[] baselineJobs;
    final double[] valueAdded;
    final double[] growth;
    final double[] wage;
    final double[] taxRate;
    final double[] multiplier;
    final double[] displacement;
    /** (1 + g_j)^k per cell, from Math.pow as in version 1. */
    final double[] growthFactor;

    final double[] productivity;
    final double[] wageByYear;

    final int[] industry;
    final int[] type;
    final int[] startSlot;
    final int[] lastActiveSlot;
    final int[] ramp;
    /** e_i - s_i for EQUITY, else 0. */
    final int[] holdYears;
    /** Slot of the exit year, or horizon when past it (or not EQUITY). */
    final int[] exitSlot;
    /** Slot of the failure year, or horizon when the incentive cannot fail. */
    final int[] failSlot;

    final double[] jobs;
    final double[] butFor;
    final double[] amount;
    final double[] talents;
    final double[] exitMultiple;
    final double[] recovery;
    final double[] clawback;
    final double[] probability;
    /** b_i (1 - q_j), refreshed from butFor and displacement. */
    final double[] netShare;

    private final boolean[] growthStale;
    private final Map<String, Integer> industryIndex;
    /**
     * Open addressing on the codes' hashes: the hash at a slot and the industry's position + 1 there (0: empty). Empty
     * tables when two industries' codes share a hash.
     */
    private final int[] hashAt;

    private final int[] positionAt;

    /** Every table, the incentives' inputs included: what Monte Carlo, the tornado and the monitored view need. */
    ModelTables(Scenario scenario) {
        this(scenario, true);
    }

    /**
     * The industry-year tables only, without the per-incentive arrays: the promised and expected views read each
     * incentive straight from its record in their one pass ({@link DeterministicPass}).
     */
    static ModelTables industriesOnly(Scenario scenario) {
        return new ModelTables(scenario, false);
    }

    private ModelTables(Scenario scenario, boolean withIncentives) {
        ScenarioSettings s = scenario.settings();
        horizon = s.horizonYears();
        firstYear = s.firstYear();
        List<Industry> industries = scenario.industries();
        List<Incentive> incentives = scenario.incentives();
        industryCount = industries.size();
        incentiveCount = withIncentives ? incentives.size() : 0;
        discount = new double[horizon];
        budget = new double[horizon];
        for (int k = 1; k <= horizon; k++) {
            discount[k - 1] = 1.0 / Math.pow(1.0 + s.discountRate(), k);
            budget[k - 1] = s.budgetRevenue() * Math.pow(1.0 + s.budgetGrowth(), k);
        }
        householdSize = s.householdSize();
        inMigrantShare = s.inMigrantShare();
        serviceCost = s.serviceCostPerResident();

        baselineJobs = new double[industryCount];
        valueAdded = new double[industryCount];
        growth = new double[industryCount];
        wage = new double[industryCount];
        taxRate = new double[industryCount];
        multiplier = new double[industryCount];
        displacement = new double[industryCount];
        growthFactor = new double[industryCount * horizon];
        productivity = new double[industryCount * horizon];
        wageByYear = new double[industryCount * horizon];
        growthStale = new boolean[industryCount];
        industryIndex = new HashMap<>(industryCount * 2);
        for (int j = 0; j < industryCount; j++) {
            Industry ind = industries.get(j);
            industryIndex.put(ind.code(), j);
            baselineJobs[j] = ind.baselineJobs();
            valueAdded[j] = ind.valueAddedPerJob();
            growth[j] = ind.productivityGrowth();
            wage[j] = ind.averageWage();
            taxRate[j] = ind.taxRate();
            multiplier[j] = ind.employmentMultiplier();
            displacement[j] = ind.displacement();
            growthStale[j] = true;
        }
        int[][] byHash = byHash(industries);
        hashAt = byHash[0];
        positionAt = byHash[1];

        int count = incentiveCount;
        industry = new int[count];
        type = new int[count];
        startSlot = new int[count];
        lastActiveSlot = new int[count];
        ramp = new int[count];
        holdYears = new int[count];
        exitSlot = new int[count];
        failSlot = new int[count];
        jobs = new double[count];
        butFor = new double[count];
        amount = new double[count];
        talents = new double[count];
        exitMultiple = new double[count];
        recovery = new double[count];
        clawback = new double[count];
        probability = new double[count];
        netShare = new double[count];
        IncentiveFlow flow = new IncentiveFlow();
        for (int i = 0; i < count; i++) {
            Incentive inc = incentives.get(i);
            int j = industryIndex(inc.industryCode());
            flow.load(inc, j, firstYear, horizon, displacement[j]);
            industry[i] = j;
            type[i] = flow.type;
            startSlot[i] = flow.first;
            lastActiveSlot[i] = flow.lastActive;
            ramp[i] = flow.ramp;
            holdYears[i] = flow.holdYears;
            exitSlot[i] = flow.exit;
            failSlot[i] = flow.fail;
            jobs[i] = flow.committed;
            butFor[i] = flow.butFor;
            amount[i] = flow.amount;
            talents[i] = flow.talents;
            exitMultiple[i] = flow.exitMultiple;
            recovery[i] = flow.recovery;
            clawback[i] = flow.clawback;
            probability[i] = flow.probability;
        }
        refresh();
    }

    private ModelTables(ModelTables t) {
        horizon = t.horizon;
        firstYear = t.firstYear;
        industryCount = t.industryCount;
        incentiveCount = t.incentiveCount;
        discount = t.discount;
        budget = t.budget;
        householdSize = t.householdSize;
        inMigrantShare = t.inMigrantShare;
        serviceCost = t.serviceCost;
        baselineJobs = t.baselineJobs;
        valueAdded = t.valueAdded.clone();
        growth = t.growth.clone();
        wage = t.wage.clone();
        taxRate = t.taxRate.clone();
        multiplier = t.multiplier.clone();
        displacement = t.displacement.clone();
        growthFactor = t.growthFactor.clone();
        productivity = t.productivity.clone();
        wageByYear = t.wageByYear.clone();
        growthStale = new boolean[industryCount];
        industryIndex = t.industryIndex;
        hashAt = t.hashAt;
        positionAt = t.positionAt;
        industry = t.industry;
        type = t.type;
        startSlot = t.startSlot;
        lastActiveSlot = t.lastActiveSlot;
        ramp = t.ramp;
        holdYears = t.holdYears;
        exitSlot = t.exitSlot;
        failSlot = t.failSlot;
        jobs = t.jobs.clone();
        butFor = t.butFor.clone();
        amount = t.amount.clone();
        talents = t.talents.clone();
        exitMultiple = t.exitMultiple.clone();
        recovery = t.recovery.clone();
        clawback = t.clawback.clone();
        probability = t.probability.clone();
        netShare = t.netShare.clone();
    }

    /** A copy whose inputs may be changed without touching this one; the fixed tables are shared. */
    ModelTables copy() {
        return new ModelTables(this);
    }

    /**
     * The position of the industry with this code, which must be one of the scenario's (the scenario checks every
     * incentive's). When no two codes share a hash, the hash alone tells which: the string itself need not be compared,
     * and its characters, which a lookup would otherwise wait for in memory, need not be read.
     */
    int industryIndex(String code) {
        return industryIndex(code, code.hashCode());
    }

    /** As {@link #industryIndex(String)}, with the code's hash read before. */
    int industryIndex(String code, int hash) {
        int mask = hashAt.length - 1;
        if (mask > 0) {
            for (int slot = spread(hash) & mask; positionAt[slot] != 0; slot = (slot + 1) & mask) {
                if (hashAt[slot] == hash) {
                    return positionAt[slot] - 1;
                }
            }
        }
        return industryIndex.get(code);
    }

    private static int[][] byHash(List<Industry> industries) {
        int size = Integer.highestOneBit(Math.max(1, industries.size()) * 4);
        int[] hashes = new int[size];
        int[] positions = new int[size];
        for (int j = 0; j < industries.size(); j++) {
            int hash = industries.get(j).code().hashCode();
            int slot = spread(hash) & (size - 1);
            while (positions[slot] != 0) {
                if (hashes[slot] == hash) {
                    return new int[][] {new int[0], new int[0]};
                }
                slot = (slot + 1) & (size - 1);
            }
            hashes[slot] = hash;
            positions[slot] = j + 1;
        }
        return new int[][] {hashes, positions};
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** m h c: the yearly service cost per total job. */
    double residentCost() {
        return inMigrantShare * householdSize * serviceCost;
    }

    /** Sets one rangeable input; call {@link #refresh()} before projecting. */
    void set(ItemKind item, int position, String field, double value) {
        switch (item) {
            case SETTINGS -> {
                switch (field) {
                    case "householdSize" -> householdSize = value;
                    case "inMigrantShare" -> inMigrantShare = value;
                    case "serviceCostPerResident" -> serviceCost = value;
                    default -> throw notRangeable(item, field);
                }
            }
            case INDUSTRY -> {
                double[] target = switch (field) {
                    case "valueAddedPerJob" -> valueAdded;
                    case "productivityGrowth" -> growth;
                    case "averageWage" -> wage;
                    case "taxRate" -> taxRate;
                    case "employmentMultiplier" -> multiplier;
                    case "displacement" -> displacement;
                    default -> throw notRangeable(item, field);
                };
                if (target == growth && growth[position] != value) {
                    growthStale[position] = true;
                }
                target[position] = value;
            }
            case INCENTIVE -> {
                double[] target = switch (field) {
                    case "committedJobs" -> jobs;
                    case "butForShare" -> butFor;
                    case "amount" -> amount;
                    case "talents" -> talents;
                    case "exitMultiple" -> exitMultiple;
                    case "recoveryMultiple" -> recovery;
                    case "clawbackShare" -> clawback;
                    default -> throw notRangeable(item, field);
                };
                target[position] = value;
            }
        }
    }

    /** The current value of one rangeable input. */
    double get(ItemKind item, int position, String field) {
        return switch (item) {
            case SETTINGS ->
                switch (field) {
                    case "householdSize" -> householdSize;
                    case "inMigrantShare" -> inMigrantShare;
                    case "serviceCostPerResident" -> serviceCost;
                    default -> throw notRangeable(item, field);
                };
            case INDUSTRY ->
                switch (field) {
                    case "valueAddedPerJob" -> valueAdded[position];
                    case "productivityGrowth" -> growth[position];
                    case "averageWage" -> wage[position];
                    case "taxRate" -> taxRate[position];
                    case "employmentMultiplier" -> multiplier[position];
                    case "displacement" -> displacement[position];
                    default -> throw notRangeable(item, field);
                };
            case INCENTIVE ->
                switch (field) {
                    case "committedJobs" -> jobs[position];
                    case "butForShare" -> butFor[position];
                    case "amount" -> amount[position];
                    case "talents" -> talents[position];
                    case "exitMultiple" -> exitMultiple[position];
                    case "recoveryMultiple" -> recovery[position];
                    case "clawbackShare" -> clawback[position];
                    default -> throw notRangeable(item, field);
                };
        };
    }

    /** Recomputes the tables that depend on the inputs: growth factors (where growth changed), p, w and b(1 - q). */
    void refresh() {
        for (int j = 0; j < industryCount; j++) {
            int row = j * horizon;
            if (growthStale[j]) {
                for (int k = 1; k <= horizon; k++) {
                    growthFactor[row + k - 1] = Math.pow(1.0 + growth[j], k);
                }
                growthStale[j] = false;
            }
            for (int cell = row; cell < row + horizon; cell++) {
                productivity[cell] = valueAdded[j] * growthFactor[cell];
                wageByYear[cell] = wage[j] * growthFactor[cell];
            }
        }
        for (int i = 0; i < incentiveCount; i++) {
            netShare[i] = butFor[i] * (1.0 - displacement[industry[i]]);
        }
    }

    private static IllegalArgumentException notRangeable(ItemKind item, String field) {
        return new IllegalArgumentException(field + " of " + item + " cannot carry a range");
    }
}
