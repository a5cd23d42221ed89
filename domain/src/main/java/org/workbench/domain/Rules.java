package org.workbench.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the broken rules of one item, so that every problem is reported and not only the first. */
final class Rules {
    static final int MAX_NAME_LENGTH = InputFields.MAX_NAME_LENGTH;

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

    /**
     * Checks every field's own rule against the values of one draft, in field order. The incentive's type, when the
     * fields have one, decides which fields apply and which bounds hold.
     */
    void fields(List<InputField> fields, @Nullable Object[] values) {
        IncentiveType type = null;
        for (Object value : values) {
            if (value instanceof IncentiveType t) {
                type = t;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            InputField field = fields.get(i);
            if (!needed(field, fields, values) || !field(field, values[i], type)) {
                continue;
            }
            if (field.after() != null) {
                InputField.After after = field.after();
                Object other = values[fields.indexOf(InputFields.get(field.item(), after.field()))];
                Object value = values[i];
                if (other instanceof Number o && value instanceof Number v) {
                    boolean broken =
                            after.strict() ? v.doubleValue() <= o.doubleValue() : v.doubleValue() < o.doubleValue();
                    if (broken) {
                        add(field.key(), after.messageKey(), value, other);
                    }
                }
            }
            if (field.defaultOutsideScope() && type != null && !field.appliesTo(type)) {
                Object value = values[i];
                if (value instanceof Number v && v.doubleValue() != ((Number) field.defaultValue()).doubleValue()) {
                    add(field.key(), field.scope().messageKey(), type.name());
                }
            }
        }
    }

    /**
     * For a field that depends on another (see {@link InputField#neededWhen()}): reports it missing or unexpected and
     * says whether its own rules are to be checked. Other fields are always checked.
     */
    private boolean needed(InputField field, List<InputField> fields, @Nullable Object[] values) {
        InputField.NeededWhen when = field.neededWhen();
        if (when == null) {
            return true;
        }
        Object other = values[fields.indexOf(InputFields.get(field.item(), when.field()))];
        Object value = values[fields.indexOf(field)];
        if (when.holds(other)) {
            if (value == null) {
                add(field.key(), when.missingKey(), other);
                return false;
            }
            return true;
        }
        if (value != null && other instanceof Number) {
            add(field.key(), when.unexpectedKey(), other);
        }
        return false;
    }

    /** Checks one value; true when it is there and keeps the rule. */
    private boolean field(InputField field, @Nullable Object value, @Nullable IncentiveType type) {
        String key = field.key();
        if (field.emptyOutsideScope()) {
            if (type == null) {
                return false; // which rule holds is not known yet: the missing type is reported instead
            }
            if (!field.appliesTo(type)) {
                if (value != null) {
                    add(key, field.scope().messageKey(), type.name());
                }
                return false;
            }
        }
        if (value == null) {
            if (!field.optional()) {
                add(key, "problem.required");
            }
            return false;
        }
        return switch (field.kind()) {
            case TEXT -> text(field, (String) value);
            case CURRENCY -> {
                int before = problems.size();
                currency(key, (String) value);
                yield problems.size() == before;
            }
            case TYPE -> true;
            case SECTOR -> {
                // a link validates itself; whether the multiplier agrees with it is Industry's rule
                boolean link = value instanceof SectorLink;
                if (!link) {
                    add(key, "problem.notASectorLink", String.valueOf(value));
                }
                yield link;
            }
            default -> number(field, (Number) value, type);
        };
    }

    private boolean text(InputField field, String value) {
        if (field.optional()) {
            return true;
        }
        if (!required(field.key(), value)) {
            return false;
        }
        int length = value.codePointCount(0, value.length());
        if (field.maxLength() > 0 && length > field.maxLength()) {
            add(field.key(), "problem.tooLong", field.maxLength(), length);
            return false;
        }
        return true;
    }

    boolean number(InputField field, Number value, @Nullable IncentiveType type) {
        String key = field.key();
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            add(key, "problem.notFinite", String.valueOf(value));
            return false;
        }
        Bounds b = field.bounds(type);
        if (b.accepts(v)) {
            return true;
        }
        boolean integral = field.kind().integral();
        Object min = integral ? (Object) (int) b.min() : (Object) b.min();
        Object max = integral ? (Object) (int) b.max() : (Object) b.max();
        if (field.kind() == FieldKind.YEAR) {
            add(key, "problem.yearBetween", min, max, value);
        } else if (Double.isInfinite(b.max())) {
            add(key, b.minInclusive() ? "problem.atLeast" : "problem.greaterThan", min, value);
        } else {
            add(key, b.maxInclusive() ? "problem.between" : "problem.atLeastAndBelow", min, max, value);
        }
        return false;
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
