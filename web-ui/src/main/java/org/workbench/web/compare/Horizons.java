package org.workbench.web.compare;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.workbench.domain.Actual;
import org.workbench.domain.Incentive;
import org.workbench.domain.InputRange;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/** A scenario cut to fewer years, so that scenarios of different horizons can be compared over the same span. */
final class Horizons {
    private Horizons() {}

    /**
     * The same scenario over its first {@code years} years. What happens within them is unchanged: the engine's
     * flows in a year never depend on later years. What lies beyond goes: incentives that start later (with their
     * ranges and actuals), actuals recorded later, and a failure after the last year, which within the span is the
     * success path, so the incentive is certain there. An exit after the last year brings nothing, as always.
     */
    static Scenario over(Scenario scenario, int years) {
        ScenarioSettings s = scenario.settings();
        if (years >= s.horizonYears()) {
            return scenario;
        }
        int last = s.baseYear() + years;
        var settings = new ScenarioSettings(
                s.name(),
                s.city(),
                s.baseYear(),
                years,
                s.discountRate(),
                s.householdSize(),
                s.inMigrantShare(),
                s.serviceCostPerResident(),
                s.currency(),
                s.description(),
                s.budgetRevenue(),
                s.budgetGrowth(),
                s.successCorrelation(),
                s.draws(),
                s.seed(),
                s.behindThreshold());
        List<Incentive> incentives = scenario.incentives().stream()
                .filter(i -> i.startYear() <= last)
                .map(i -> i.failureYear() != null && i.failureYear() > last
                        ? i.withRisk(1.0, null, i.recoveryMultiple(), i.clawbackShare())
                        : i)
                .toList();
        Set<String> kept = incentives.stream().map(Incentive::code).collect(Collectors.toSet());
        List<InputRange> ranges = scenario.ranges().stream()
                .filter(r -> r.item() != ItemKind.INCENTIVE || kept.contains(r.code()))
                .toList();
        List<Actual> actuals = scenario.actuals().stream()
                .filter(a -> a.year() <= last && kept.contains(a.incentiveCode()))
                .toList();
        List<InputSource> sources = scenario.sources().stream()
                .filter(r -> r.item() != ItemKind.INCENTIVE || kept.contains(r.code()))
                .toList();
        return new Scenario(settings, scenario.industries(), incentives, ranges, actuals, sources);
    }
}
