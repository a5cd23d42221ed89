package org.workbench.domain;

/** The key figures of the calculation model, in the order of its table; {@link #key()} is the model's name. */
public enum Kpi {
    NET_JOBS_FINAL("netJobsFinal"),
    GROSS_DIRECT_JOBS_FINAL("grossDirectJobsFinal"),
    JOB_YEARS("jobYears"),
    VALUE_ADDED_FINAL("valueAddedFinal"),
    LABOR_INCOME_FINAL("laborIncomeFinal"),
    POPULATION_FINAL("populationFinal"),
    INCENTIVE_OUTLAY("incentiveOutlay"),
    PV_OUTLAY("pvOutlay"),
    PV_REVENUE("pvRevenue"),
    PV_PROCEEDS("pvProceeds"),
    PV_SERVICE_COST("pvServiceCost"),
    NPV("npv"),
    BENEFIT_COST_RATIO("benefitCostRatio"),
    BREAK_EVEN_YEAR("breakEvenYear"),
    COST_PER_NET_JOB("costPerNetJob"),
    COST_PER_GROSS_JOB("costPerGrossJob"),
    CONCENTRATION_HHI("concentrationHhi"),
    JOBS_VS_BASELINE("jobsVsBaseline");

    private final String key;

    Kpi(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
