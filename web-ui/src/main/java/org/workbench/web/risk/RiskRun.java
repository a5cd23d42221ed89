package org.workbench.web.risk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One session's wait for a result. Several sessions may wait for the same run; cancelling ends this wait, and the
 * run itself stops when nobody waits for it any more.
 */
public final class RiskRun {
    private final CompletableFuture<RiskResult> result;
    private final int draws;
    private final boolean cached;
    private final Runnable leave;
    private final AtomicBoolean left = new AtomicBoolean();

    RiskRun(CompletableFuture<RiskResult> result, int draws, boolean cached, Runnable leave) {
        this.result = result;
        this.draws = draws;
        this.cached = cached;
        this.leave = leave;
    }

    /** Completes with the result, or exceptionally (a {@link java.util.concurrent.CancellationException} if cancelled). */
    public CompletableFuture<RiskResult> result() {
        return result;
    }

    public int draws() {
        return draws;
    }

    /** True when the result came from the cache and was there at once. */
    public boolean cached() {
        return cached;
    }

    public void cancel() {
        if (left.compareAndSet(false, true)) {
            result.cancel(false);
            leave.run();
        }
    }
}
