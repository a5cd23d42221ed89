package org.workbench.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the engine makes of one scenario: the yearly totals and the key figures. A key figure the model leaves
 * empty (e.g. cost per net job with no net jobs) is absent from {@code kpis}.
 *
 * @param incentiveResults one per incentive, in the scenario's order
 * @param industryResults one per industry, in the scenario's order (zeros for an industry no incentive aims at)
 * @param outlayByType the yearly outlay of each incentive type; every type is present
 */
public record ProjectionResult(
        String modelVersion,
        List<YearResult> years,
        Map<Kpi, Double> kpis,
        List<IncentiveResult> incentiveResults,
        List<IndustryResult> industryResults,
        Map<IncentiveType, YearSeries> outlayByType) {

    public ProjectionResult {
        years = List.copyOf(years);
        // Unmodifiable, but still in the enums' order for display.
        kpis = kpis.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kpis));
        // The engine's own lists are immutable already; a copy would make every record they make only when read.
        incentiveResults =
                incentiveResults instanceof IncentiveResults ? incentiveResults : List.copyOf(incentiveResults);
        industryResults = List.copyOf(industryResults);
        outlayByType = outlayByType.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outlayByType));
    }

    /** Yearly totals and key figures only, e.g. a result read back from an exported workbook. */
    public ProjectionResult(String modelVersion, List<YearResult> years, Map<Kpi, Double> kpis) {
        this(modelVersion, years, kpis, List.of(), List.of(), Map.of());
    }

    public OptionalDouble kpi(Kpi kpi) {
        Double value = kpis.get(kpi);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public Optional<IncentiveResult> incentive(String code) {
        return incentiveResults.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The EQUITY incentives exited within the horizon, with their MOIC and IRR. */
    public List<IncentiveResult> equityReturns() {
        return incentiveResults.stream().filter(r -> r.moic().isPresent()).toList();
    }
}
