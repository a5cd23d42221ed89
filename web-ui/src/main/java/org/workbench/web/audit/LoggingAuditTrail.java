package org.workbench.web.audit;

import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes audit events to the application log until the audit table of the accounts issue takes over. */
@Component
@Slf4j
class LoggingAuditTrail implements AuditTrail {

    @Override
    public void record(AuditAction action, String target, Map<String, String> details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        log.info("audit {} by {} on {} {}", action, auth == null ? "-" : auth.getName(), target, details);
    }
}
