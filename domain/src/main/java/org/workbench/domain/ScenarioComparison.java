package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Key figures of several projections side by side, with their differences from a chosen base.
 *
 * @param names the scenarios' names, in the order given
 * @param baseIndex position of the base among them
 * @param rows one per key figure, in the model's order
 */
public record ScenarioComparison(List<String> names, int baseIndex, List<ScenarioComparison.Row> rows) {

    public ScenarioComparison {
        names = List.copyOf(names);
        rows = List.copyOf(rows);
    }

    /**
     * One key figure across the scenarios; each list has one entry per scenario.
     *
     * @param absoluteDeltas value - base value; empty when either is missing
     * @param relativeDeltas (value - base) / |base|, so that a positive delta always means "more than the base";
     *     empty when either is missing, when the base is 0, and for the break-even year (a year is not a quantity)
     * @param best positions of the best value(s) by the figure's direction; empty for a neutral figure, when fewer than
     *     two scenarios have a value, or when all values are equal
     */
    public record Row(
            Kpi kpi,
            KpiDirection direction,
            List<OptionalDouble> values,
            List<OptionalDouble> absoluteDeltas,
            List<OptionalDouble> relativeDeltas,
            List<Integer> best) {
        public Row {
            values = List.copyOf(values);
            absoluteDeltas = List.copyOf(absoluteDeltas);
            relativeDeltas = List.copyOf(relativeDeltas);
            best = List.copyOf(best);
        }

        public boolean isBest(int index) {
            return best.contains(index);
        }
    }

    public static ScenarioComparison compare(List<NamedResult> results, int baseIndex) {
        if (baseIndex < 0 || baseIndex >= results.size()) {
            throw new IllegalArgumentException(
                    "base " + baseIndex + " is not among the " + results.size() + " results compared");
        }
        List<Row> rows = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            List<OptionalDouble> values =
                    results.stream().map(r -> r.result().kpi(kpi)).toList();
            OptionalDouble base = values.get(baseIndex);
            List<OptionalDouble> absolute = new ArrayList<>();
            List<OptionalDouble> relative = new ArrayList<>();
            for (OptionalDouble value : values) {
                boolean both = value.isPresent() && base.isPresent();
                absolute.add(
                        both ? OptionalDouble.of(value.getAsDouble() - base.getAsDouble()) : OptionalDouble.empty());
                boolean relativeDefined = both && base.getAsDouble() != 0 && kpi.unit() != KpiUnit.YEAR;
                relative.add(
                        relativeDefined
                                ? OptionalDouble.of(
                                        (value.getAsDouble() - base.getAsDouble()) / Math.abs(base.getAsDouble()))
                                : OptionalDouble.empty());
            }
            rows.add(new Row(kpi, kpi.direction(), values, absolute, relative, best(kpi.direction(), values)));
        }
        return new ScenarioComparison(results.stream().map(NamedResult::name).toList(), baseIndex, rows);
    }

    public Row row(Kpi kpi) {
        return rows.get(kpi.ordinal());
    }

    public String baseName() {
        return names.get(baseIndex);
    }

    private static List<Integer> best(KpiDirection direction, List<OptionalDouble> values) {
        if (direction == KpiDirection.NEUTRAL) {
            return List.of();
        }
        double best = Double.NaN;
        double worst = Double.NaN;
        int present = 0;
        for (OptionalDouble value : values) {
            if (value.isEmpty()) {
                continue;
            }
            double v = value.getAsDouble();
            present++;
            boolean better = direction == KpiDirection.HIGHER_IS_BETTER ? v > best : v < best;
            if (Double.isNaN(best) || better) {
                best = v;
            }
            boolean worse = direction == KpiDirection.HIGHER_IS_BETTER ? v < worst : v > worst;
            if (Double.isNaN(worst) || worse) {
                worst = v;
            }
        }
        if (present < 2 || best == worst) {
            return List.of();
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isPresent() && values.get(i).getAsDouble() == best) {
                indices.add(i);
            }
        }
        return indices;
    }
}
