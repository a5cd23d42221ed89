package org.workbench.domain;

import static org.workbench.domain.GoalSeek.FIGURE_TOLERANCE;
import static org.workbench.domain.GoalSeek.MAX_ITERATIONS;
import static org.workbench.domain.GoalSeek.MAX_REACH;
import static org.workbench.domain.GoalSeek.VALUE_TOLERANCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.GoalSeek.Input;
import org.workbench.domain.GoalSeek.Result;
import org.workbench.domain.GoalSeek.Status;
import org.workbench.domain.GoalSeek.View;

/** One goal seek: the samples seen, the bracket, the count of projections (see {@link GoalSeek}). */
final class GoalSeekSearch {
    /** How many points the allowed range is first sampled at. */
    private static final int SAMPLES = 40;

    private final Scenario scenario;
    private final Input input;
    private final Kpi kpi;
    private final double target;
    private final View view;
    private final Bounds bounds;
    private final double current;
    private double lowest = Double.NaN;
    private double highest = Double.NaN;
    private int projections;

    GoalSeekSearch(Scenario scenario, Input input, Kpi kpi, double target, View view) {
        this.scenario = scenario;
        this.input = input;
        this.kpi = kpi;
        this.target = target;
        this.view = view;
        InputField field = input.inputField();
        IncentiveType type =
                input.item() == ItemKind.INCENTIVE ? incentive(scenario, input).type() : null;
        if (!field.appliesTo(type)) {
            throw new IllegalArgumentException(input.field() + " does not apply to " + type);
        }
        this.bounds = field.bounds(type);
        this.current = GoalSeek.valueOf(scenario, input);
    }

    Result run() {
        double currentFigure = at(current);
        double[] xs = samples();
        double[] fs = new double[xs.length];
        for (int n = 0; n < xs.length; n++) {
            fs[n] = xs[n] == current ? currentFigure : at(xs[n]);
            if (fs[n] == target) {
                return found(xs[n], fs[n], currentFigure, xs);
            }
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int n = 0; n + 1 < xs.length; n++) {
            if (crosses(fs[n], fs[n + 1])) {
                double distance = Math.max(0, Math.max(xs[n] - current, current - xs[n + 1]));
                if (distance < bestDistance) {
                    best = n;
                    bestDistance = distance;
                }
            }
        }
        if (best < 0) {
            return result(Status.NOT_REACHED, Double.NaN, Double.NaN, currentFigure, xs);
        }
        return bisect(xs[best], fs[best], xs[best + 1], fs[best + 1], currentFigure, xs);
    }

    private Result bisect(double a, double fa, double b, double fb, double currentFigure, double[] xs) {
        double scale = Math.max(Math.abs(target), Math.abs(fb - fa));
        double figureTolerance = Math.max(FIGURE_TOLERANCE * scale, FIGURE_TOLERANCE);
        for (int iteration = 0; iteration < MAX_ITERATIONS && !narrow(a, b); iteration++) {
            double m = definedNear(a + (b - a) / 2, a, b);
            if (Double.isNaN(m) || m <= a || m >= b) {
                break;
            }
            double fm = at(m);
            if (Math.abs(fm - target) <= figureTolerance) {
                return found(m, fm, currentFigure, xs);
            }
            if (crosses(fa, fm)) {
                b = m;
                fb = fm;
            } else {
                a = m;
                fa = fm;
            }
        }
        // The bracket cannot narrow further, yet the figure is not at the target: it jumps over it here. Report
        // the end whose figure is nearer the target.
        boolean nearA = Math.abs(fa - target) <= Math.abs(fb - target);
        return result(Status.STEPS_OVER, nearA ? a : b, nearA ? fa : fb, currentFigure, xs);
    }

    private static boolean narrow(double a, double b) {
        return b - a <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** A point near {@code m} strictly inside (a, b) where the figure is defined; NaN when none is found. */
    private double definedNear(double m, double a, double b) {
        if (!Double.isNaN(at(m))) {
            return m;
        }
        double width = b - a;
        for (double step = width / 4; step > width / 1024; step /= 2) {
            for (double probe : new double[] {m - step, m + step}) {
                if (probe > a && probe < b && !Double.isNaN(at(probe))) {
                    return probe;
                }
            }
        }
        return Double.NaN;
    }

    private boolean crosses(double f1, double f2) {
        return !Double.isNaN(f1) && !Double.isNaN(f2) && (f1 - target) * (f2 - target) < 0;
    }

    /** Sorted, distinct values to try: the bounds' ends, the current value and points spread between them. */
    private double[] samples() {
        double low = bounds.minInclusive() ? bounds.min() : Math.nextUp(bounds.min());
        double high;
        List<Double> points = new ArrayList<>();
        if (Double.isInfinite(bounds.max())) {
            // No upper bound: reach out geometrically from the value's magnitude.
            double magnitude = Math.max(1, Math.max(Math.abs(current), Math.abs(low)));
            high = low + magnitude * MAX_REACH;
            for (double reach = magnitude / 8; reach <= magnitude * MAX_REACH; reach *= 2) {
                points.add(low + reach);
            }
            for (int n = 1; n < SAMPLES / 2; n++) {
                points.add(low + (current - low) * n / (SAMPLES / 2.0));
            }
        } else {
            high = bounds.maxInclusive() ? bounds.max() : Math.nextDown(bounds.max());
            for (int n = 1; n < SAMPLES; n++) {
                points.add(low + (high - low) * n / SAMPLES);
            }
        }
        points.add(low);
        points.add(high);
        points.add(current);
        return points.stream()
                .mapToDouble(Double::doubleValue)
                .filter(x -> x >= low && x <= high)
                .sorted()
                .distinct()
                .toArray();
    }

    /** The figure with the input at x; NaN when undefined or the value breaks a rule. */
    private double at(double x) {
        projections++;
        double f;
        try {
            Scenario s = candidate(scenario, input, x, false);
            f = GoalSeek.figure(s, kpi, view).orElse(Double.NaN);
        } catch (ScenarioInvalidException refused) {
            f = Double.NaN;
        }
        if (!Double.isNaN(f)) {
            lowest = Double.isNaN(lowest) ? f : Math.min(lowest, f);
            highest = Double.isNaN(highest) ? f : Math.max(highest, f);
        }
        return f;
    }

    private Result found(double x, double f, double currentFigure, double[] xs) {
        return result(Status.FOUND, x, f, currentFigure, xs);
    }

    private Result result(Status status, double x, double f, double currentFigure, double[] xs) {
        boolean outside = !Double.isNaN(x) && outsideRange(x);
        return new Result(
                status,
                optional(x),
                optional(f),
                current,
                optional(currentFigure),
                xs[0],
                xs[xs.length - 1],
                optional(lowest),
                optional(highest),
                projections,
                outside);
    }

    private boolean outsideRange(double x) {
        for (InputRange range : scenario.ranges()) {
            if (matches(range, input) && (x < range.low() || x > range.high())) {
                return true;
            }
        }
        return false;
    }

    private static OptionalDouble optional(double x) {
        return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
    }

    static boolean matches(InputRange range, Input input) {
        return range.item() == input.item()
                && range.field().equals(input.field())
                && Objects.equals(range.code(), input.code());
    }

    /**
     * The scenario with the input at {@code x}. While searching, the input's range is always dropped (it does
     * not enter the views); when applying, only if {@code x} leaves it.
     */
    static Scenario candidate(Scenario scenario, Input input, double x, boolean keepRangeIfInside) {
        int index = InputFields.indexOf(input.inputField());
        ScenarioSettings settings = scenario.settings();
        List<Industry> industries = new ArrayList<>(scenario.industries());
        List<Incentive> incentives = new ArrayList<>(scenario.incentives());
        @Nullable Object[] values = values(scenario, input);
        values[index] = x;
        switch (input.item()) {
            case SETTINGS -> settings = ScenarioSettings.Draft.ofValues(values).toSettings();
            case INDUSTRY ->
                industries.set(
                        position(industries.stream().map(Industry::code).toList(), input),
                        Industry.Draft.ofValues(values).toIndustry());
            case INCENTIVE ->
                incentives.set(
                        position(incentives.stream().map(Incentive::code).toList(), input),
                        Incentive.Draft.ofValues(values).toIncentive());
        }
        List<InputRange> ranges = new ArrayList<>();
        for (InputRange range : scenario.ranges()) {
            boolean own = matches(range, input);
            boolean inside = x >= range.low() && x <= range.high();
            if (!own || (keepRangeIfInside && inside)) {
                ranges.add(range);
            }
        }
        return new Scenario(settings, industries, incentives, ranges, scenario.actuals(), scenario.sources());
    }

    static @Nullable Object[] values(Scenario scenario, Input input) {
        return switch (input.item()) {
            case SETTINGS -> ScenarioSettings.Draft.of(scenario.settings()).values();
            case INDUSTRY ->
                Industry.Draft.of(scenario.industries()
                                .get(position(
                                        scenario.industries().stream()
                                                .map(Industry::code)
                                                .toList(),
                                        input)))
                        .values();
            case INCENTIVE -> Incentive.Draft.of(incentive(scenario, input)).values();
        };
    }

    static Incentive incentive(Scenario scenario, Input input) {
        return scenario.incentives()
                .get(position(
                        scenario.incentives().stream().map(Incentive::code).toList(), input));
    }

    private static int position(List<String> codes, Input input) {
        int at = codes.indexOf(input.code());
        if (at < 0) {
            throw new IllegalArgumentException("no " + input.item() + " " + input.code());
        }
        return at;
    }
}
