package org.workbench.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the engine makes of one scenario: the yearly totals and the key figures. A key figure the model leaves
 * empty (e.g. cost per net job with no net jobs) is absent from {@code kpis}.
 */
public record ProjectionResult(String modelVersion, List<YearResult> years, Map<Kpi, Double> kpis) {
    public ProjectionResult {
        years = List.copyOf(years);
        kpis = kpis.isEmpty() ? Map.of() : new EnumMap<>(kpis);
    }

    public OptionalDouble kpi(Kpi kpi) {
        Double value = kpis.get(kpi);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
