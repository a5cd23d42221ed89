package org.workbench.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.web.base.Roles;

/** What admins read of the audit log. */
@Service
@PreAuthorize(Roles.ADMINS)
@RequiredArgsConstructor
public class AuditLogService {
    /** An export beyond this is cut: narrow the filter instead. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditStore store;
    private final AuditTrail auditTrail;

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return store.find(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return store.count(filter);
    }

    /** Recomputes the audit log's hash chain and says where it breaks, if anywhere. */
    @Transactional(readOnly = true)
    public AuditChainCheck verifyChain() {
        return store.verifyChain();
    }

    /**
     * Writes the matching entries as an Excel workbook, times in {@code zone}, texts by {@code translate} (message
     * key to text). The export itself is audited.
     */
    @Transactional(readOnly = true)
    public void exportExcel(AuditFilter filter, ZoneId zone, Function<String, String> translate, OutputStream out)
            throws IOException {
        AuditExcelWriter.write(zone, translate, sink -> store.forEach(filter, MAX_EXPORT_ROWS, sink), out);
        auditTrail.record(
                AuditAction.EXPORTED,
                "audit-log",
                Map.of(
                        "actor", String.valueOf(filter.actor()),
                        "actions", filter.actions().toString(),
                        "from", String.valueOf(filter.from()),
                        "to", String.valueOf(filter.to())));
    }
}
