package org.workbench.web.audit;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/** Checks the audit log's hash chain on a schedule and raises an error in the log when it breaks. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@RequiredArgsConstructor
@Slf4j
class AuditChainMonitor {
    private final AuditStore store;

    @Scheduled(
            initialDelayString = "${workbench.audit.chain-check-interval:PT1H}",
            fixedDelayString = "${workbench.audit.chain-check-interval:PT1H}")
    @Transactional(readOnly = true)
    public void check() {
        AuditChainCheck check = store.verifyChain();
        if (check.intact()) {
            log.info("Audit chain intact: {} entries checked", check.checked());
        } else if (check.brokenAt() != null) {
            log.error("Audit chain broken at entry {}: it was changed, or entries before it removed", check.brokenAt());
        } else {
            log.error("Audit chain ends early after {} entries: its last entries were removed", check.checked());
        }
    }
}
