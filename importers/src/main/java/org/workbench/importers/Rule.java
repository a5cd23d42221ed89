package org.workbench.importers;

import org.jspecify.annotations.Nullable;
import org.workbench.domain.Bounds;
import org.workbench.domain.FieldKind;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;

/**
 * A column's (or field's) rule from the format page: its kind, whether it is required, its range (for text: its
 * length) and its default.
 */
record Rule(
        ValueKind kind,
        boolean required,
        double min,
        boolean minInclusive,
        double max,
        boolean maxInclusive,
        double defaultValue) {

    static final int MAX_CELL_TEXT = 32_767;

    /** The rule of a field's cells, from the field's descriptor. */
    static Rule of(InputField field) {
        boolean required = field.required();
        Bounds b = field.bounds();
        return switch (field.kind()) {
            // a sector is named by its code; which set and type the row's other link cells say (LinkColumn)
            case SECTOR ->
                new Rule(ValueKind.TEXT, false, 0, true, org.workbench.domain.SectorLink.MAX_TEXT, true, Double.NaN);
            case TEXT ->
                new Rule(
                        ValueKind.TEXT,
                        required,
                        required ? 1 : 0,
                        true,
                        field.maxLength() > 0 ? field.maxLength() : MAX_CELL_TEXT,
                        true,
                        Double.NaN);
            case CURRENCY -> new Rule(ValueKind.CURRENCY, required, 3, true, 3, true, Double.NaN);
            case TYPE -> plain(ValueKind.TYPE, required);
            default ->
                new Rule(
                        valueKind(field),
                        required,
                        b.min(),
                        b.minInclusive(),
                        b.max(),
                        b.maxInclusive(),
                        field.defaultValue() instanceof Number n ? n.doubleValue() : Double.NaN);
        };
    }

    private static ValueKind valueKind(InputField field) {
        return switch (field.kind()) {
            case YEAR -> ValueKind.YEAR;
            case INTEGER -> ValueKind.INTEGER;
            case NUMBER -> ValueKind.NUMBER;
            case MONEY -> field.asShare() != null ? ValueKind.MONEY_OR_SHARE : ValueKind.MONEY;
            case SHARE -> ValueKind.SHARE;
            case TEXT, TYPE, CURRENCY, SECTOR -> throw new IllegalArgumentException("not a number: " + field.key());
        };
    }

    /**
     * The rule of a bound of a range on this field: the field's kind and bounds for an incentive of this type (null:
     * not known), and never blank.
     */
    static Rule bound(InputField field, @Nullable IncentiveType type) {
        Bounds b = field.bounds(type);
        ValueKind kind =
                field.kind(type) == FieldKind.SHARE && field.asShare() != null ? ValueKind.SHARE : valueKind(field);
        return new Rule(kind, true, b.min(), b.minInclusive(), b.max(), b.maxInclusive(), Double.NaN);
    }

    static Rule text(boolean required) {
        return new Rule(ValueKind.TEXT, required, required ? 1 : 0, true, MAX_CELL_TEXT, true, Double.NaN);
    }

    // The input-output table's columns are no scenario inputs, so they keep plain rules of their own.
    static Rule textLength(int min, int max) {
        return new Rule(ValueKind.TEXT, true, min, true, max, true, Double.NaN);
    }

    static Rule range(ValueKind kind, boolean required, double min, double max) {
        return new Rule(kind, required, min, true, max, true, Double.NaN);
    }

    static Rule atLeast(ValueKind kind, double min, double defaultValue) {
        return new Rule(kind, Double.isNaN(defaultValue), min, true, Double.POSITIVE_INFINITY, true, defaultValue);
    }

    static Rule above(ValueKind kind, double min) {
        return new Rule(kind, true, min, false, Double.POSITIVE_INFINITY, true, Double.NaN);
    }

    static Rule fromBelow(ValueKind kind, double min, double max, double defaultValue) {
        return new Rule(kind, Double.isNaN(defaultValue), min, true, max, false, defaultValue);
    }

    static Rule plain(ValueKind kind, boolean required) {
        return new Rule(kind, required, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, Double.NaN);
    }

    boolean hasDefault() {
        return !Double.isNaN(defaultValue);
    }

    boolean accepts(double value) {
        boolean low = minInclusive ? value >= min : value > min;
        boolean high = maxInclusive ? value <= max : value < max;
        return low && high;
    }

    /** What a valid value looks like, as a translatable text. */
    Message expected() {
        String kindKey = kind.name().toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case TEXT -> Message.of("expected.text.length", min, max);
            case TYPE -> Message.of("expected.type");
            case CURRENCY -> Message.of("expected.currency");
            case MONEY_OR_SHARE -> Message.of("expected.money_or_share");
            default -> {
                if (Double.isInfinite(min) && Double.isInfinite(max)) {
                    yield Message.of("expected." + kindKey + ".any");
                }
                if (Double.isInfinite(max)) {
                    yield Message.of("expected." + kindKey + (minInclusive ? ".atLeast" : ".above"), min);
                }
                yield Message.of("expected." + kindKey + (maxInclusive ? ".between" : ".fromBelow"), min, max);
            }
        };
    }
}
