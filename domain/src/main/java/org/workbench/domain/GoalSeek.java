package org.workbench.domain;

import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Finds the value of one input at which a key figure reaches a target ("what amount per job keeps the benefit-cost
 * ratio at 1?"), by bisection within the input field's own bounds ({@link InputField#bounds(IncentiveType)}).
 *
 * <p>The search first samples the allowed range (an open upper end is searched up to {@value #MAX_REACH} times the
 * value's magnitude), takes the pair of neighbouring samples nearest the current value between which the figure
 * crosses the target, and halves that bracket. It stops when the figure is within {@value #FIGURE_TOLERANCE} of the
 * target, relative to the larger of the target and the figure's change over the starting bracket (absolutely near
 * zero); when the bracket is narrower than {@value #VALUE_TOLERANCE} of the values' magnitude; or after
 * {@value #MAX_ITERATIONS} halvings. A figure the model leaves undefined at a value (a ratio with nothing to divide
 * by, a break-even year that never comes), or a value that breaks a rule across fields, counts as neither above nor
 * below the target: such samples never bound a bracket.
 *
 * <p>Every candidate is a whole scenario built through the records' own validation and projected by
 * {@link ProjectionEngine#views}, so the answer is what the editor will show after the value is applied. The
 * input's own low/high range, if it has one, is left out while searching: ranges do not enter the views, and the
 * result says when the value found lies outside it.
 */
public final class GoalSeek {
    /** How close the figure must come to the target, relative to its scale. */
    public static final double FIGURE_TOLERANCE = 1e-9;
    /** The narrowest bracket, relative to the magnitude of its ends. */
    public static final double VALUE_TOLERANCE = 1e-12;

    public static final int MAX_ITERATIONS = 200;
    /** How far past its magnitude an input with no upper bound is searched. */
    public static final double MAX_REACH = 1e9;

    private GoalSeek() {}

    /** Which view of the model the figure is read from. */
    public enum View {
        PROMISED,
        EXPECTED
    }

    /** How a search ended. */
    public enum Status {
        /** A value within the field's rule brings the figure to the target (within the tolerance). */
        FOUND,
        /** No value in the searched range reaches the target: the figure stays on one side of it (or undefined). */
        NOT_REACHED,
        /** The figure jumps over the target at {@code value} (e.g. a year) and never equals it. */
        STEPS_OVER
    }

    /**
     * The input to vary: a scenario setting ({@code code} null) or a numeric field of one industry or incentive.
     *
     * @throws IllegalArgumentException when the field is not one whose value can be searched for
     */
    public record Input(ItemKind item, @Nullable String code, String field) {
        public Input {
            InputField descriptor = InputFields.get(item, field);
            if (!seekable(descriptor)) {
                throw new IllegalArgumentException(field + " of " + item + " is not a continuous number");
            }
            if ((item == ItemKind.SETTINGS) != (code == null)) {
                throw new IllegalArgumentException("a code for items, none for settings: " + item + " " + code);
            }
        }

        public InputField inputField() {
            return InputFields.get(item, field);
        }
    }

    /**
     * What the search found.
     *
     * @param value the input's value at the end of the search: the answer when FOUND, where the figure jumps when
     *     STEPS_OVER; empty when NOT_REACHED
     * @param figure the key figure at {@code value}
     * @param current the input's value in the scenario as given
     * @param currentFigure the key figure as the scenario stands; empty when undefined
     * @param searchedLow the lowest value tried
     * @param searchedHigh the highest value tried
     * @param lowestFigure the lowest figure seen over the search (empty when it was undefined everywhere)
     * @param highestFigure the highest figure seen
     * @param projections how many scenarios were projected
     * @param outsideRange whether {@code value} lies outside the input's own low/high range
     */
    public record Result(
            Status status,
            OptionalDouble value,
            OptionalDouble figure,
            double current,
            OptionalDouble currentFigure,
            double searchedLow,
            double searchedHigh,
            OptionalDouble lowestFigure,
            OptionalDouble highestFigure,
            int projections,
            boolean outsideRange) {}

    /** Whether goal seek can vary a field: a number that may take any value between its bounds. */
    public static boolean seekable(InputField field) {
        return field.kind().numeric() && !field.kind().integral();
    }

    /** The fields of an item that goal seek can vary, for an incentive of this type (null for other items). */
    public static List<InputField> seekableFields(ItemKind item, @Nullable IncentiveType type) {
        return InputFields.of(item).stream()
                .filter(GoalSeek::seekable)
                .filter(f -> f.appliesTo(type))
                .toList();
    }

    /**
     * Searches the value of {@code input} at which {@code kpi} equals {@code target} in the given view.
     *
     * @throws IllegalArgumentException when the scenario has no item of the input's code, the field does not apply
     *     to that incentive's type, or the target is not finite
     */
    public static Result seek(Scenario scenario, Input input, Kpi kpi, double target, View view) {
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite: " + target);
        }
        return new GoalSeekSearch(scenario, input, kpi, target, view).run();
    }

    /**
     * The scenario with one input at another value, built through the records' validation; the input's own range
     * is dropped when the value leaves it.
     *
     * @throws ScenarioInvalidException when the value breaks a rule of the field or across fields
     */
    public static Scenario with(Scenario scenario, Input input, double value) {
        return GoalSeekSearch.candidate(scenario, input, value, true);
    }

    /** The input's value in the scenario. */
    public static double valueOf(Scenario scenario, Input input) {
        Object value = GoalSeekSearch.values(scenario, input)[InputFields.indexOf(input.inputField())];
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException(input.field() + " has no value");
        }
        return n.doubleValue();
    }

    /** The figure in one view; empty when the model leaves it undefined. */
    public static OptionalDouble figure(Scenario scenario, Kpi kpi, View view) {
        ScenarioViews views = ProjectionEngine.views(scenario);
        return (view == View.PROMISED ? views.promised() : views.expected()).kpi(kpi);
    }
}
