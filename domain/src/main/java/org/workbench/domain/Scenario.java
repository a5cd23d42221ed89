package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole scenario workbook: settings, the industries and the incentives, and for version 2 the ranges of uncertain
 * inputs and the actuals recorded after the deals. Each part has checked its own values; this checks the rules across
 * them (unique codes, known industries, years within the scenario's years, ranges that enclose their values).
 *
 * @param ranges at most one per input; empty when every input is certain
 * @param actuals at most one per incentive and year; empty before any deal is monitored
 * @throws ScenarioInvalidException with every broken rule across the parts
 */
public record Scenario(
        ScenarioSettings settings,
        List<Industry> industries,
        List<Incentive> incentives,
        List<InputRange> ranges,
        List<Actual> actuals) {
    public Scenario {
        industries = List.copyOf(industries);
        incentives = List.copyOf(incentives);
        ranges = List.copyOf(ranges);
        actuals = List.copyOf(actuals);
        List<DomainProblem> problems = new ArrayList<>(CrossRules.problems(
                ScenarioSettings.Draft.of(settings),
                industries.stream().map(Industry::code).toList(),
                incentives.stream().map(Incentive.Draft::of).toList()));
        if (problems.isEmpty()) {
            problems.addAll(ExtraRules.ranges(settings, industries, incentives, ranges));
            problems.addAll(ExtraRules.actuals(settings, incentives, actuals));
        }
        Rules.throwIfAny(problems);
    }

    /** A version 1 scenario: no ranges, no actuals. */
    public Scenario(ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
        this(settings, industries, incentives, List.of(), List.of());
    }

    /**
     * The same scenario under another name, e.g. a copy or a rename; everything else stays as it is.
     *
     * @throws ScenarioInvalidException when the name breaks a rule of {@link ScenarioSettings}
     */
    public Scenario withName(String name) {
        return new Scenario(settings.withName(name), industries, incentives, ranges, actuals);
    }

    /** The same scenario with these ranges and actuals instead of its own. */
    public Scenario with(List<InputRange> newRanges, List<Actual> newActuals) {
        return new Scenario(settings, industries, incentives, newRanges, newActuals);
    }

    /** The same scenario with other settings, e.g. the draws and seed of a batch run. */
    public Scenario withSettings(ScenarioSettings newSettings) {
        return new Scenario(newSettings, industries, incentives, ranges, actuals);
    }
}
