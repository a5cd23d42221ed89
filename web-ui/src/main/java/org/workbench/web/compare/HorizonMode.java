package org.workbench.web.compare;

import java.util.Locale;
import java.util.Optional;

/**
 * How a comparison treats scenarios that run over different numbers of years. Totals over the horizon (job-years,
 * present values, the npv) and final-year figures of a 20-year scenario do not compare with those of a 15-year one.
 */
public enum HorizonMode {
    /** Every scenario projected again over the shortest horizon among them: the default, and comparable. */
    COMMON,
    /** Each scenario over its own horizon; no best value is marked while the horizons differ. */
    OWN,
    /** Each over its own horizon, the totals over the horizon divided by its number of years. */
    PER_YEAR;

    /** The value of the {@code horizon} query parameter; the common horizon is the one left out of the URL. */
    public String parameter() {
        return switch (this) {
            case COMMON -> "common";
            case OWN -> "own";
            case PER_YEAR -> "perYear";
        };
    }

    /** The mode a URL parameter names, ignoring case; empty when it names none. */
    public static Optional<HorizonMode> ofParameter(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (HorizonMode mode : values()) {
            if (mode.parameter().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
