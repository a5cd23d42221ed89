package org.workbench.web.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where features report what users did. Implementations append and never change what was written; they must never
 * be handed passwords or file contents.
 *
 * @param target what was acted on, e.g. {@code scenario:42} or {@code user:planner}
 * @param details small named values, e.g. old and new roles
 */
public interface AuditTrail {

    void record(AuditAction action, String target, Map<String, String> details);

    default void record(AuditAction action, String target) {
        record(action, target, Map.of());
    }

    /** For events before anyone is signed in (sign-ins, lockouts): the actor is the username that was tried. */
    void recordAs(
            String actor,
            @Nullable String clientAddress,
            AuditAction action,
            String target,
            Map<String, String> details);
}
