package org.workbench.domain;

import java.util.List;

/** A whole scenario workbook: settings, the industries and the incentives. */
public record Scenario(ScenarioSettings settings, List<Industry> industries, List<Incentive> incentives) {
    public Scenario {
        industries = List.copyOf(industries);
        incentives = List.copyOf(incentives);
    }
}
