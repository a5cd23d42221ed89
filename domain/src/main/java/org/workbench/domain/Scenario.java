package org.workbench.domain;

import java.util.List;

/**
 * A whole scenario workbook: settings, the industries and the incentives. Each part has checked its own values; this
 * checks the rules across them (unique codes, known industries, start years within the scenario's years).
 *
 * @throws ScenarioInvalidException with every broken rule across the parts
 */
public record Scenario(ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
    public Scenario {
        industries = List.copyOf(industries);
        incentives = List.copyOf(incentives);
        Rules.throwIfAny(CrossRules.problems(
                ScenarioSettings.Draft.of(settings),
                industries.stream().map(Industry::code).toList(),
                incentives.stream().map(Incentive.Draft::of).toList()));
    }
}
