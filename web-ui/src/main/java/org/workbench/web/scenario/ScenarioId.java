package org.workbench.web.scenario;

import java.util.Optional;

/** The id of a stored scenario, where a bare number could be taken for another (such as a lock version). */
public record ScenarioId(long value) {
    /** Longest decimal id read from a URL: more digits than a long holds is no id at all. */
    private static final int MAX_DIGITS = 18;

    public static ScenarioId of(ScenarioDetail detail) {
        return new ScenarioId(detail.id());
    }

    /** The id a URL segment names, or empty when it is not a plain positive decimal number. */
    public static Optional<ScenarioId> parse(String text) {
        if (text.isEmpty() || text.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        long value = Long.parseLong(text);
        return value > 0 ? Optional.of(new ScenarioId(value)) : Optional.empty();
    }
}
