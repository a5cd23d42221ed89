package org.workbench.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the broken rules of one item, so that every problem is reported and not only the first. */
final class Rules {
    static final int MAX_NAME_LENGTH = 200;

    private final ItemKind kind;
    private final @Nullable String item;
    private final List<DomainProblem> problems = new ArrayList<>();

    Rules(ItemKind kind, @Nullable String item) {
        this.kind = kind;
        this.item = item == null || item.isBlank() ? null : item;
    }

    List<DomainProblem> problems() {
        return List.copyOf(problems);
    }

    void add(String field, String messageKey, Object... args) {
        problems.add(new DomainProblem(messageKey, List.of(args), item, field, kind, -1));
    }

    /** True when the value is there and finite; otherwise records why not. */
    boolean present(String field, @Nullable Double value) {
        if (value == null) {
            add(field, "problem.required");
            return false;
        }
        if (!Double.isFinite(value)) {
            add(field, "problem.notFinite", String.valueOf(value));
            return false;
        }
        return true;
    }

    boolean present(String field, @Nullable Integer value) {
        if (value == null) {
            add(field, "problem.required");
            return false;
        }
        return true;
    }

    void between(String field, @Nullable Double value, double min, double max) {
        if (present(field, value) && (value < min || value > max)) {
            add(field, "problem.between", min, max, value);
        }
    }

    /** min <= value < max, as for displacement: a share of 1 would leave no job at all. */
    void atLeastAndBelow(String field, @Nullable Double value, double min, double max) {
        if (present(field, value) && (value < min || value >= max)) {
            add(field, "problem.atLeastAndBelow", min, max, value);
        }
    }

    void atLeast(String field, @Nullable Double value, double min) {
        if (present(field, value) && value < min) {
            add(field, "problem.atLeast", min, value);
        }
    }

    void greaterThan(String field, @Nullable Double value, double bound) {
        if (present(field, value) && value <= bound) {
            add(field, "problem.greaterThan", bound, value);
        }
    }

    void between(String field, @Nullable Integer value, int min, int max) {
        if (present(field, value) && (value < min || value > max)) {
            add(field, "problem.between", min, max, value);
        }
    }

    void yearBetween(String field, @Nullable Integer value, int min, int max) {
        if (present(field, value) && (value < min || value > max)) {
            add(field, "problem.yearBetween", min, max, value);
        }
    }

    void atLeast(String field, @Nullable Integer value, int min) {
        if (present(field, value) && value < min) {
            add(field, "problem.atLeast", min, value);
        }
    }

    void name(String field, @Nullable String value) {
        if (required(field, value)) {
            int length = value.codePointCount(0, value.length());
            if (length > MAX_NAME_LENGTH) {
                add(field, "problem.tooLong", MAX_NAME_LENGTH, length);
            }
        }
    }

    boolean required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            add(field, "problem.required");
            return false;
        }
        return true;
    }

    void currency(String field, @Nullable String value) {
        if (required(field, value) && !isCurrencyCode(value)) {
            add(field, "problem.currency", value);
        }
    }

    void empty(String field, @Nullable Object value, IncentiveType type) {
        if (value != null) {
            add(field, "problem.equityOnly", type.name());
        }
    }

    static boolean isCurrencyCode(String value) {
        if (!value.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(value);
            return true;
        } catch (IllegalArgumentException notIso) {
            return false;
        }
    }

    static void throwIfAny(List<DomainProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ScenarioInvalidException(problems);
        }
    }
}
