package org.workbench.domain;

import static org.workbench.domain.KpiDirection.HIGHER_IS_BETTER;
import static org.workbench.domain.KpiDirection.LOWER_IS_BETTER;
import static org.workbench.domain.KpiDirection.NEUTRAL;

/**
 * The key figures of the calculation model, in the order of its table; {@link #key()} is the model's name. Labels are
 * under {@code kpi.<key>} in the domain's message bundle.
 */
public enum Kpi {
    NET_JOBS_FINAL("netJobsFinal", KpiUnit.JOBS, HIGHER_IS_BETTER),
    GROSS_DIRECT_JOBS_FINAL("grossDirectJobsFinal", KpiUnit.JOBS, HIGHER_IS_BETTER),
    JOB_YEARS("jobYears", KpiUnit.JOB_YEARS, HIGHER_IS_BETTER),
    VALUE_ADDED_FINAL("valueAddedFinal", KpiUnit.MONEY, HIGHER_IS_BETTER),
    LABOR_INCOME_FINAL("laborIncomeFinal", KpiUnit.MONEY, HIGHER_IS_BETTER),
    // More residents bring both spending power and service cost: not better or worse in itself.
    POPULATION_FINAL("populationFinal", KpiUnit.PEOPLE, NEUTRAL),
    INCENTIVE_OUTLAY("incentiveOutlay", KpiUnit.MONEY, LOWER_IS_BETTER),
    PV_OUTLAY("pvOutlay", KpiUnit.MONEY, LOWER_IS_BETTER),
    PV_REVENUE("pvRevenue", KpiUnit.MONEY, HIGHER_IS_BETTER),
    PV_PROCEEDS("pvProceeds", KpiUnit.MONEY, HIGHER_IS_BETTER),
    PV_SERVICE_COST("pvServiceCost", KpiUnit.MONEY, LOWER_IS_BETTER),
    /** Version 2: money clawed back from failed beneficiaries. */
    PV_CLAWBACKS("pvClawbacks", KpiUnit.MONEY, HIGHER_IS_BETTER),
    NPV("npv", KpiUnit.MONEY, HIGHER_IS_BETTER),
    BENEFIT_COST_RATIO("benefitCostRatio", KpiUnit.RATIO, HIGHER_IS_BETTER),
    BREAK_EVEN_YEAR("breakEvenYear", KpiUnit.YEAR, LOWER_IS_BETTER),
    COST_PER_NET_JOB("costPerNetJob", KpiUnit.MONEY_PER_JOB, LOWER_IS_BETTER),
    COST_PER_GROSS_JOB("costPerGrossJob", KpiUnit.MONEY_PER_JOB, LOWER_IS_BETTER),
    CONCENTRATION_HHI("concentrationHhi", KpiUnit.INDEX, LOWER_IS_BETTER),
    JOBS_VS_BASELINE("jobsVsBaseline", KpiUnit.RATIO, HIGHER_IS_BETTER),
    // Version 2, affordability: how deep the city must borrow, and how much of its budget the incentives take.
    PEAK_FUNDING_GAP("peakFundingGap", KpiUnit.MONEY, LOWER_IS_BETTER),
    PEAK_OUTLAY_SHARE("peakOutlayShare", KpiUnit.RATIO, LOWER_IS_BETTER),
    OUTLAY_SHARE_OF_BUDGET("outlayShareOfBudget", KpiUnit.RATIO, LOWER_IS_BETTER);

    private final String key;
    private final KpiUnit unit;
    private final KpiDirection direction;

    Kpi(String key, KpiUnit unit, KpiDirection direction) {
        this.key = key;
        this.unit = unit;
        this.direction = direction;
    }

    public String key() {
        return key;
    }

    public KpiUnit unit() {
        return unit;
    }

    public KpiDirection direction() {
        return direction;
    }

    /** The message key of the label, e.g. {@code kpi.netJobsFinal}. */
    public String labelKey() {
        return "kpi." + key;
    }
}
