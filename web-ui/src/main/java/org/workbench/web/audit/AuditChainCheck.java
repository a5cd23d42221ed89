package org.workbench.web.audit;

import org.jspecify.annotations.Nullable;

/**
 * What checking the audit log's hash chain found.
 *
 * @param checked how many chained entries were checked
 * @param brokenAt the id of the first entry at which the chain breaks (changed, or entries before it removed); null
 *     when the chain is intact or when only entries at its end were removed ({@code tailMissing})
 * @param tailMissing the chain ends before where it was last extended: its last entries were removed
 */
public record AuditChainCheck(long checked, @Nullable Long brokenAt, boolean tailMissing) {
    public boolean intact() {
        return brokenAt == null && !tailMissing;
    }
}
