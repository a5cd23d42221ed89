package org.workbench.web.compare;

import java.util.List;

/**
 * How the compared scenarios' horizons stand and which rule the comparison applied.
 *
 * @param asked the rule the request asked for
 * @param horizons each scenario's own number of years, in the comparison's order
 */
public record HorizonNote(HorizonMode asked, List<Integer> horizons) {
    public HorizonNote {
        horizons = List.copyOf(horizons);
        if (horizons.isEmpty()) {
            throw new IllegalArgumentException("a comparison has scenarios");
        }
    }

    /** Whether the scenarios run over different numbers of years. */
    public boolean differ() {
        return horizons.stream().distinct().count() > 1;
    }

    /** The shortest horizon: the span every scenario covers. */
    public int commonYears() {
        return horizons.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    /** The rule in force: with equal horizons there is nothing to choose, and every figure compares as it is. */
    public HorizonMode applied() {
        return differ() ? asked : HorizonMode.COMMON;
    }

    /** Over how many years scenario {@code index} was projected. */
    public int yearsOf(int index) {
        return applied() == HorizonMode.COMMON ? commonYears() : horizons.get(index);
    }

    /** Whether best values may be marked on a row: not across different horizons, unless the row is per year. */
    boolean marksBest(boolean perYearRow) {
        return switch (applied()) {
            case COMMON -> true;
            case OWN -> false;
            case PER_YEAR -> perYearRow;
        };
    }
}
