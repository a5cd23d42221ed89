package org.workbench.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every view of one scenario (calculation model, version 2): each with the same yearly rows and key figures.
 *
 * @param promised every incentive keeps its promise: the version 1 projection
 * @param expected every flow weighted by the incentive's success probability: pi * success + (1 - pi) * failure;
 *     the same object as {@code promised} when no incentive can fail
 * @param monitored the promised view with the recorded actuals in place of the promises; empty without actuals
 * @param monitoring per incentive with actuals, in the scenario's order: delivery, outlay variance, behind or not
 */
public record ScenarioViews(
        ProjectionResult promised,
        ProjectionResult expected,
        Optional<ProjectionResult> monitored,
        List<IncentiveMonitoring> monitoring) {
    public ScenarioViews {
        monitoring = List.copyOf(monitoring);
    }

    /** The incentives that deliver less than the scenario's behind threshold. */
    public List<IncentiveMonitoring> behind() {
        return monitoring.stream().filter(IncentiveMonitoring::behind).toList();
    }
}
