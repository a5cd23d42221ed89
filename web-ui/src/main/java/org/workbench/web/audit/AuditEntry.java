package org.workbench.web.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as admins read it; {@code occurredAt} is UTC, the UI shows it in the user's zone. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String target,
        @Nullable String clientAddress,
        Map<String, String> details) {

    public AuditEntry {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
