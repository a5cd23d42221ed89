package org.workbench.domain;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/** One number per year of the horizon, from {@link #firstYear()} on; immutable, unboxed. */
public final class YearSeries {
    private final int firstYear;
    private final double[] values;

    private YearSeries(int firstYear, double[] values) {
        this.firstYear = firstYear;
        this.values = values;
    }

    public static YearSeries of(int firstYear, double... values) {
        return new YearSeries(firstYear, values.clone());
    }

    /** Takes the array without copying: the engine hands over arrays it no longer touches. */
    static YearSeries wrap(int firstYear, double[] values) {
        return new YearSeries(firstYear, values);
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return firstYear + values.length - 1;
    }

    public int size() {
        return values.length;
    }

    /** The value of a calendar year within the series. */
    public double inYear(int year) {
        if (year < firstYear || year > lastYear()) {
            throw new IndexOutOfBoundsException("year " + year + " outside " + firstYear + ".." + lastYear());
        }
        return values[year - firstYear];
    }

    /** The value at a 0-based position. */
    public double at(int index) {
        return values[index];
    }

    public double last() {
        return values[values.length - 1];
    }

    public double sum() {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    public double[] toArray() {
        return values.clone();
    }

    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YearSeries that && firstYear == that.firstYear && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * firstYear + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "YearSeries[" + firstYear + ": " + Arrays.toString(values) + "]";
    }
}
