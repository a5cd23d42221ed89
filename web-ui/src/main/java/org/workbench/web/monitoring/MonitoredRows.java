package org.workbench.web.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveMonitoring;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.scenario.ScenarioDetail;

/** The monitoring rows of one scenario, from the engine's comparison of its actuals with the promise. */
final class MonitoredRows {
    /**
     * Behind ones first; then the lowest delivery first (no ratio last), then by scenario and by the incentive's
     * place in it, so that the order does not depend on how the scenarios were read.
     */
    static final Comparator<MonitoredIncentive> BEHIND_FIRST = Comparator.comparing(MonitoredIncentive::behind)
            .reversed()
            .thenComparing(MonitoredIncentive::deliveryRatio, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MonitoredIncentive::scenarioName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(MonitoredIncentive::scenarioId);

    private MonitoredRows() {}

    /** One row per incentive with actuals, in the scenario's order; none without actuals. */
    static List<MonitoredIncentive> of(ScenarioDetail detail) {
        Scenario scenario = detail.scenario();
        if (scenario.actuals().isEmpty()) {
            return List.of();
        }
        List<IncentiveMonitoring> monitoring = ProjectionEngine.views(scenario).monitoring();
        var rows = new ArrayList<MonitoredIncentive>(monitoring.size());
        for (IncentiveMonitoring m : monitoring) {
            Incentive incentive = scenario.incentives().stream()
                    .filter(i -> i.code().equals(m.code()))
                    .findFirst()
                    .orElseThrow();
            var last = m.lastJobsRow();
            rows.add(new MonitoredIncentive(
                    detail.id(),
                    detail.name(),
                    scenario.settings().city(),
                    detail.status(),
                    m.code(),
                    incentive.name(),
                    incentive.type(),
                    m.lastJobsYear().isPresent() ? m.lastJobsYear().getAsInt() : null,
                    last.map(IncentiveMonitoring.Year::promisedGrossJobs).orElse(null),
                    last.map(y -> boxed(y.actualGrossJobs())).orElse(null),
                    boxed(m.deliveryRatio()),
                    scenario.settings().behindThreshold(),
                    m.behind(),
                    incentive.type() == IncentiveType.EQUITY ? 0 : incentive.clawbackShare(),
                    m.outlayToDate(),
                    boxed(m.outlayVarianceToDate()),
                    m.moneyBackToDate(),
                    boxed(m.costPerDeliveredJob()),
                    scenario.settings().currency(),
                    false));
        }
        return rows;
    }

    private static @Nullable Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
