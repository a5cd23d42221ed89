package org.workbench.web.compare;

import java.util.Locale;
import java.util.Optional;

/**
 * Which revision of each scenario a comparison takes. A decision should rest on what a reviewer approved, not on a
 * draft somebody is still changing; by default the comparison shows the work as it stands.
 */
public enum Revisions {
    /** Each scenario's newest revision, draft or not: the default. */
    LATEST,
    /** Each scenario's approved revision, also while a newer draft exists; a scenario never approved is refused. */
    APPROVED;

    /** The value of the {@code revisions} query parameter; the latest is the one left out of the URL. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule a URL parameter names, ignoring case; empty when it names none. */
    public static Optional<Revisions> ofParameter(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Revisions rule : values()) {
            if (rule.parameter().equals(wanted)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
