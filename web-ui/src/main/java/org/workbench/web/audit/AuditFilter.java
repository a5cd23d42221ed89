package org.workbench.web.audit;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to show: all of them for empty fields. {@code actor} matches a part of the username, ignoring
 * case; {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditFilter(
        @Nullable String actor,
        Set<AuditAction> actions,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, Set.of(), null, null);

    public AuditFilter {
        actions = Set.copyOf(actions);
        if (actor != null && actor.isBlank()) {
            actor = null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the time range lies before its start");
        }
    }
}
