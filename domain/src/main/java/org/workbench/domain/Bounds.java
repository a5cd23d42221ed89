package org.workbench.domain;

/** The range a numeric field's value must lie in; an infinite end is no limit. */
public record Bounds(double min, boolean minInclusive, double max, boolean maxInclusive) {
    public static final Bounds ANY = new Bounds(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    public static Bounds atLeast(double min) {
        return new Bounds(min, true, Double.POSITIVE_INFINITY, true);
    }

    public static Bounds above(double min) {
        return new Bounds(min, false, Double.POSITIVE_INFINITY, true);
    }

    public static Bounds between(double min, double max) {
        return new Bounds(min, true, max, true);
    }

    /** min <= value < max, as for displacement: a share of 1 would leave no job at all. */
    public static Bounds fromBelow(double min, double max) {
        return new Bounds(min, true, max, false);
    }

    public boolean accepts(double value) {
        boolean low = minInclusive ? value >= min : value > min;
        boolean high = maxInclusive ? value <= max : value < max;
        return low && high;
    }

    public boolean limited() {
        return !Double.isInfinite(min) || !Double.isInfinite(max);
    }
}
