package org.workbench.importers;

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

    static Rule text(boolean required) {
        return new Rule(ValueKind.TEXT, required, required ? 1 : 0, true, MAX_CELL_TEXT, true, Double.NaN);
    }

    static Rule textLength(int min, int max) {
        return new Rule(ValueKind.TEXT, true, min, true, max, true, Double.NaN);
    }

    static Rule of(ValueKind kind, boolean required, double min, double max) {
        return new Rule(kind, required, min, true, max, true, Double.NaN);
    }

    static Rule atLeast(ValueKind kind, double min, double defaultValue) {
        return new Rule(kind, Double.isNaN(defaultValue), min, true, Double.POSITIVE_INFINITY, true, defaultValue);
    }

    static Rule above(ValueKind kind, double min) {
        return new Rule(kind, true, min, false, Double.POSITIVE_INFINITY, true, Double.NaN);
    }

    static Rule between(ValueKind kind, double min, double max, double defaultValue) {
        return new Rule(kind, Double.isNaN(defaultValue), min, true, max, true, defaultValue);
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
