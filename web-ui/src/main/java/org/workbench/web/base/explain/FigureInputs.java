package org.workbench.web.base.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.IndustryResult;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.YearResult;
import org.workbench.domain.YearSeries;
import org.workbench.web.base.Formats;

/**
 * The values a key figure is computed from in one scenario and one result, formatted as the UI formats them: the
 * settings it uses, the per-industry and per-incentive inputs, and the intermediate results it combines. Lists of
 * items stop after {@link #MAX_ITEMS}, so that a scenario with thousands of incentives gives a readable dialog.
 */
public final class FigureInputs {
    public static final int MAX_ITEMS = 12;

    /** The item of the line that counts the items not listed. */
    public static final String MORE = "…";

    private final Scenario scenario;
    private final ProjectionResult result;
    private final Locale locale;
    private final List<InputLine> lines = new ArrayList<>();

    private FigureInputs(Scenario scenario, ProjectionResult result, Locale locale) {
        this.scenario = scenario;
        this.result = result;
        this.locale = locale;
    }

    /** The inputs of the figure with that key ({@link FigureDefinitions#keys()}) in this scenario. */
    public static List<InputLine> of(String key, Scenario scenario, ProjectionResult result, Locale locale) {
        var inputs = new FigureInputs(scenario, result, locale);
        inputs.collect(key);
        return List.copyOf(inputs.lines);
    }

    private void collect(String key) {
        if (key.equals(FigureDefinitions.PROBABILITY_OF_LOSS)) {
            monteCarlo();
            return;
        }
        switch (kpi(key)) {
            case NET_JOBS_FINAL -> {
                lastYear();
                total("explain.input.grossJobsFinal", YearResult::grossDirectJobs, false);
                total("explain.input.netDirectJobsFinal", YearResult::netDirectJobs, false);
                incentives("butForShare", i -> true, i -> share(i.butForShare()));
                industries("displacement", j -> share(j.displacement()));
                industries("employmentMultiplier", j -> Formats.decimals(j.employmentMultiplier(), 2, locale));
            }
            case GROSS_DIRECT_JOBS_FINAL -> {
                lastYear();
                incentives("committedJobs", i -> true, i -> Formats.count(i.committedJobs(), locale));
                incentives("startYear", i -> true, i -> String.valueOf(i.startYear()));
                incentives("rampYears", i -> true, i -> String.valueOf(i.rampYears()));
            }
            case JOB_YEARS -> {
                years();
                total("explain.input.totalJobsFinal", YearResult::totalJobs, false);
            }
            case VALUE_ADDED_FINAL -> {
                lastYear();
                total("explain.input.totalJobsFinal", YearResult::totalJobs, false);
                industries("valueAddedPerJob", j -> money(j.valueAddedPerJob()));
                industries("productivityGrowth", j -> share(j.productivityGrowth()));
            }
            case LABOR_INCOME_FINAL -> {
                lastYear();
                total("explain.input.totalJobsFinal", YearResult::totalJobs, false);
                industries("averageWage", j -> money(j.averageWage()));
                industries("productivityGrowth", j -> share(j.productivityGrowth()));
            }
            case POPULATION_FINAL -> {
                total("explain.input.totalJobsFinal", YearResult::totalJobs, false);
                setting("inMigrantShare", share(scenario.settings().inMigrantShare()));
                setting("householdSize", Formats.decimals(scenario.settings().householdSize(), 2, locale));
            }
            case INCENTIVE_OUTLAY -> {
                years();
                for (Map.Entry<IncentiveType, YearSeries> type :
                        result.outlayByType().entrySet()) {
                    double sum = type.getValue().stream().sum();
                    if (sum != 0) {
                        lines.add(new InputLine("incentiveType." + type.getKey().name(), null, money(sum)));
                    }
                }
                incentives("amount", i -> true, i -> amount(i));
            }
            case PV_OUTLAY -> {
                discounting();
                sum("explain.input.outlayTotal", YearResult::outlay);
            }
            case PV_REVENUE -> {
                discounting();
                sum("explain.input.revenueTotal", YearResult::taxRevenue);
                industries("taxRate", j -> share(j.taxRate()));
            }
            case PV_PROCEEDS -> {
                discounting();
                sum("explain.input.proceedsTotal", YearResult::equityProceeds);
                Predicate<Incentive> stake = i -> i.type() == IncentiveType.EQUITY;
                incentives("amount", stake, i -> money(i.amount()));
                incentives("exitYear", stake, i -> text(i.exitYear()));
                incentives("exitMultiple", stake, i -> i.exitMultiple() == null ? "—" : ratio(i.exitMultiple()));
                incentives("recoveryMultiple", stake.and(FigureInputs::canFail), i -> ratio(i.recoveryMultiple()));
            }
            case PV_SERVICE_COST -> {
                discounting();
                setting("serviceCostPerResident", money(scenario.settings().serviceCostPerResident()));
                total("explain.input.populationFinal", YearResult::populationInflow, false);
                sum("explain.input.serviceCostTotal", YearResult::serviceCost);
            }
            case PV_CLAWBACKS -> {
                discounting();
                sum("explain.input.clawbacksTotal", YearResult::clawbacks);
                Predicate<Incentive> risky = FigureInputs::canFail;
                incentives("successProbability", risky, i -> share(i.successProbability()));
                incentives("failureYear", risky, i -> text(i.failureYear()));
                incentives(
                        "clawbackShare",
                        risky.and(i -> i.type() != IncentiveType.EQUITY),
                        i -> share(i.clawbackShare()));
            }
            case NPV, BENEFIT_COST_RATIO -> {
                discounting();
                for (Kpi flow : List.of(
                        Kpi.PV_REVENUE, Kpi.PV_PROCEEDS, Kpi.PV_CLAWBACKS, Kpi.PV_OUTLAY, Kpi.PV_SERVICE_COST)) {
                    figure(flow);
                }
            }
            case BREAK_EVEN_YEAR, PEAK_FUNDING_GAP -> {
                years();
                total("explain.input.cumulativeFinal", YearResult::cumulativeNetFiscalFlow, true);
                extreme("explain.input.cumulativeLowest", YearResult::cumulativeNetFiscalFlow, false);
            }
            case COST_PER_NET_JOB -> {
                figure(Kpi.INCENTIVE_OUTLAY);
                figure(Kpi.NET_JOBS_FINAL);
            }
            case COST_PER_GROSS_JOB -> {
                figure(Kpi.INCENTIVE_OUTLAY);
                figure(Kpi.GROSS_DIRECT_JOBS_FINAL);
            }
            case CONCENTRATION_HHI -> {
                figure(Kpi.VALUE_ADDED_FINAL);
                int shown = 0;
                for (IndustryResult industry : result.industryResults()) {
                    if (industry.valueAddedShareFinal().isPresent() && shown++ < MAX_ITEMS) {
                        lines.add(new InputLine(
                                "explain.input.vaShare",
                                industry.code(),
                                share(industry.valueAddedShareFinal().getAsDouble())));
                    }
                }
                more("explain.input.vaShare", shown);
            }
            case JOBS_VS_BASELINE -> {
                figure(Kpi.NET_JOBS_FINAL);
                double baseline = scenario.industries().stream()
                        .mapToDouble(Industry::baselineJobs)
                        .sum();
                lines.add(new InputLine("explain.input.baselineTotal", null, Formats.count(baseline, locale)));
                industries("baselineJobs", j -> Formats.count(j.baselineJobs(), locale));
            }
            case PEAK_OUTLAY_SHARE -> {
                budget();
                extreme("explain.input.outlayLargest", YearResult::outlay, true);
            }
            case OUTLAY_SHARE_OF_BUDGET -> {
                budget();
                setting("discountRate", share(scenario.settings().discountRate()));
                figure(Kpi.PV_OUTLAY);
            }
        }
    }

    private static Kpi kpi(String key) {
        for (Kpi kpi : Kpi.values()) {
            if (kpi.key().equals(key)) {
                return kpi;
            }
        }
        throw new IllegalArgumentException("no key figure " + key);
    }

    private static boolean canFail(Incentive incentive) {
        return incentive.successProbability() < 1;
    }

    private void monteCarlo() {
        setting("draws", Formats.count(scenario.settings().draws(), locale));
        setting("seed", String.valueOf(scenario.settings().seed()));
        setting("successCorrelation", Formats.decimals(scenario.settings().successCorrelation(), 2, locale));
        lines.add(new InputLine(
                "explain.input.rangedInputs",
                null,
                Formats.count(scenario.ranges().size(), locale)));
        long uncertain =
                scenario.incentives().stream().filter(FigureInputs::canFail).count();
        lines.add(new InputLine("explain.input.uncertainIncentives", null, Formats.count(uncertain, locale)));
    }

    private void discounting() {
        setting("discountRate", share(scenario.settings().discountRate()));
        setting("baseYear", String.valueOf(scenario.settings().baseYear()));
        years();
    }

    private void budget() {
        setting("budgetRevenue", money(scenario.settings().budgetRevenue()));
        setting("budgetGrowth", share(scenario.settings().budgetGrowth()));
    }

    private void years() {
        int base = scenario.settings().baseYear();
        lines.add(new InputLine(
                "explain.input.years",
                null,
                (base + 1) + "–" + (base + scenario.settings().horizonYears())));
    }

    private void lastYear() {
        lines.add(new InputLine(
                "explain.input.lastYear",
                null,
                String.valueOf(scenario.settings().lastYear())));
    }

    private void setting(String field, String value) {
        lines.add(new InputLine("field.settings." + field, null, value));
    }

    private void figure(Kpi kpi) {
        lines.add(new InputLine(kpi.labelKey(), null, Formats.kpi(kpi.unit(), result.kpi(kpi), locale)));
    }

    /** A yearly figure in the last year. */
    private void total(String labelKey, ToDoubleFunction<YearResult> value, boolean isMoney) {
        @Nullable
        YearResult last = result.years().isEmpty() ? null : result.years().getLast();
        double v = last == null ? 0 : value.applyAsDouble(last);
        lines.add(new InputLine(labelKey, null, isMoney ? money(v) : Formats.count(v, locale)));
    }

    /** A yearly money flow summed over the years, at face value. */
    private void sum(String labelKey, ToDoubleFunction<YearResult> value) {
        lines.add(new InputLine(
                labelKey, null, money(result.years().stream().mapToDouble(value).sum())));
    }

    /** The lowest or highest value of a yearly money figure, with its year. */
    private void extreme(String labelKey, ToDoubleFunction<YearResult> value, boolean highest) {
        @Nullable YearResult found = null;
        for (YearResult year : result.years()) {
            double v = value.applyAsDouble(year);
            if (found == null || (highest ? v > value.applyAsDouble(found) : v < value.applyAsDouble(found))) {
                found = year;
            }
        }
        String text = found == null ? "—" : money(value.applyAsDouble(found)) + " (" + found.year() + ")";
        lines.add(new InputLine(labelKey, null, text));
    }

    private void incentives(String field, Predicate<Incentive> applies, Function<Incentive, String> format) {
        int shown = 0;
        for (Incentive incentive : scenario.incentives()) {
            if (applies.test(incentive) && shown++ < MAX_ITEMS) {
                lines.add(new InputLine("field.incentive." + field, incentive.code(), format.apply(incentive)));
            }
        }
        more("field.incentive." + field, shown);
    }

    private void industries(String field, Function<Industry, String> format) {
        int shown = 0;
        for (Industry industry : scenario.industries()) {
            if (shown++ < MAX_ITEMS) {
                lines.add(new InputLine("field.industry." + field, industry.code(), format.apply(industry)));
            }
        }
        more("field.industry." + field, shown);
    }

    /** One line for the items of a list beyond the first {@link #MAX_ITEMS}: how many more there are. */
    private void more(String labelKey, int count) {
        if (count > MAX_ITEMS) {
            lines.add(new InputLine(labelKey, MORE, "+" + Formats.count(count - MAX_ITEMS, locale)));
        }
    }

    private String amount(Incentive incentive) {
        return switch (incentive.type()) {
            case TAX_REBATE -> share(incentive.amount());
            default -> money(incentive.amount());
        };
    }

    private String money(double value) {
        return Formats.money(value, locale);
    }

    private String share(double value) {
        return Formats.percent(value, locale);
    }

    private String ratio(double value) {
        return Formats.decimals(value, 2, locale);
    }

    private static String text(@Nullable Integer year) {
        return year == null ? "—" : String.valueOf(year);
    }
}
