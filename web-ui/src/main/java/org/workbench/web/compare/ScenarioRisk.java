package org.workbench.web.compare;

import java.util.OptionalDouble;

/**
 * What Monte Carlo says about one compared scenario's npv, for the risk rows and the box chart. In a per-year
 * comparison every money figure is per year.
 *
 * @param status whether the figures come from draws, from a scenario without uncertain inputs, or are missing
 * @param draws the draws run; 0 unless {@link Status#MONTE_CARLO}
 * @param npvMin the smallest npv of any draw
 * @param npvMax the largest
 * @param lossProbability the share of draws with an npv below 0
 */
public record ScenarioRisk(
        Status status,
        int draws,
        long seed,
        OptionalDouble npvMin,
        OptionalDouble npvP5,
        OptionalDouble npvP50,
        OptionalDouble npvP95,
        OptionalDouble npvMax,
        OptionalDouble lossProbability) {

    public enum Status {
        /** Ranged inputs or incentives that may fail: the figures are those of the draws. */
        MONTE_CARLO,
        /** Nothing uncertain: every draw would give the expected npv, so it is every percentile. */
        CERTAIN,
        /** Too many incentive-years for the draws a comparison may spend; the scenario's Risk tab runs it. */
        TOO_LARGE,
        /** Every Monte Carlo slot was taken for longer than a comparison waits. */
        BUSY
    }

    static ScenarioRisk certain(double npv) {
        OptionalDouble value = OptionalDouble.of(npv);
        return new ScenarioRisk(
                Status.CERTAIN, 0, 0, value, value, value, value, value, OptionalDouble.of(npv < 0 ? 1 : 0));
    }

    static ScenarioRisk missing(Status status) {
        OptionalDouble none = OptionalDouble.empty();
        return new ScenarioRisk(status, 0, 0, none, none, none, none, none, none);
    }

    public boolean hasFigures() {
        return status == Status.MONTE_CARLO || status == Status.CERTAIN;
    }

    /** The same figures with the money divided by {@code years}: P(loss) does not change. */
    ScenarioRisk perYear(int years) {
        return new ScenarioRisk(
                status,
                draws,
                seed,
                divide(npvMin, years),
                divide(npvP5, years),
                divide(npvP50, years),
                divide(npvP95, years),
                divide(npvMax, years),
                lossProbability);
    }

    private static OptionalDouble divide(OptionalDouble value, int years) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() / years) : value;
    }
}
