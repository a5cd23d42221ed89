package org.workbench.web.compare;

import java.util.stream.Collectors;

/** The sentence that says over which years a comparison's figures run; the page, the report and the export share it. */
public final class HorizonText {
    private HorizonText() {}

    /** A translation by key and arguments, in the reader's language. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    public static String of(Comparison comparison, Texts texts) {
        HorizonNote horizon = comparison.horizon();
        if (!horizon.differ()) {
            return texts.get("compare.horizon.same", horizon.commonYears());
        }
        String each = java.util.stream.IntStream.range(0, horizon.horizons().size())
                .mapToObj(i -> texts.get(
                        "compare.horizon.each",
                        comparison.scenarios().get(i).label(),
                        horizon.horizons().get(i)))
                .collect(Collectors.joining(", "));
        return texts.get("compare.horizon.differ", each) + " "
                + switch (horizon.applied()) {
                    case COMMON -> texts.get("compare.horizon.common", horizon.commonYears());
                    case OWN -> texts.get("compare.horizon.own");
                    case PER_YEAR -> texts.get("compare.horizon.perYear");
                };
    }
}
