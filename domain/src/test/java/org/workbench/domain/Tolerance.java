package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;

/** The model's comparison rule: relative 1e-9, absolute 1e-6 near zero. */
final class Tolerance {
    private Tolerance() {}

    static boolean close(double actual, double expected) {
        double diff = Math.abs(actual - expected);
        return diff <= 1e-6 || diff <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
    }

    static void assertClose(double actual, double expected) {
        assertThat(close(actual, expected))
                .as("%s should be %s within 1e-9 relative / 1e-6 absolute", actual, expected)
                .isTrue();
    }

    static void assertClose(OptionalDouble actual, double expected) {
        assertThat(actual).as("expected %s", expected).isPresent();
        assertClose(actual.getAsDouble(), expected);
    }

    /** For sums of terms that may cancel: the error allowed is relative to the size of the terms. */
    static void assertCloseAtScale(double actual, double expected, double scale) {
        assertThat(Math.abs(actual - expected))
                .as("%s should be %s at scale %s", actual, expected, scale)
                .isLessThanOrEqualTo(Math.max(1e-6, 1e-9 * scale));
    }
}
