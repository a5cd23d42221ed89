package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A low and a high estimate of one numeric input, for the tornado and Monte Carlo: the value itself is the most likely
 * one and lies between them. Whether the bounds keep the field's own rule and enclose the value is checked by
 * {@link Scenario}, which knows the value.
 *
 * @param item the part of the scenario the input belongs to
 * @param code the industry's or incentive's code; null for a scenario setting
 * @param field the input's key, as in {@link InputFields} (only fields with {@link InputField#rangeable()})
 * @throws ScenarioInvalidException when the field cannot carry a range or the bounds are not numbers in order
 */
public record InputRange(ItemKind item, @Nullable String code, String field, double low, double high) {

    public InputRange {
        Rules.throwIfAny(problems(item, code, field, low, high));
    }

    /** The rules a range breaks on its own, whatever the scenario. */
    public static List<DomainProblem> problems(
            ItemKind item, @Nullable String code, String field, double low, double high) {
        List<DomainProblem> problems = new ArrayList<>();
        String at = code == null || code.isBlank() ? null : code;
        boolean rangeable =
                InputFields.find(item, field).map(InputField::rangeable).orElse(false);
        if (!rangeable) {
            problems.add(new DomainProblem("problem.range.notRangeable", List.of(field), at, field, item, -1));
        }
        if ((item == ItemKind.SETTINGS) != (at == null)) {
            problems.add(new DomainProblem("problem.range.code", List.of(item.name()), at, field, item, -1));
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            problems.add(new DomainProblem(
                    "problem.notFinite", List.of(Double.isFinite(low) ? high : low), at, field, item, -1));
        } else if (low > high) {
            problems.add(new DomainProblem("problem.range.order", List.of(low, high), at, field, item, -1));
        }
        return problems;
    }

    /** Whether the range has no width: the input is then certain (Monte Carlo takes the value itself). */
    public boolean degenerate() {
        return low == high;
    }

    /** The descriptor of the ranged field. */
    public InputField inputField() {
        return InputFields.get(item, field);
    }
}
