package org.workbench.web.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of Monte Carlo for the whole app. The defaults suit a 2-core machine: one run at a time, each on one
 * thread, so that a core stays free for the sessions' edits; a short queue; and a small cache of results.
 *
 * @param threads how many runs go at once, whoever starts them (each run uses one thread)
 * @param maxQueued how many runs may wait for a thread; beyond that a run is refused as busy
 * @param maxPerUser how many runs one user may have waiting or going at once
 * @param cacheEntries how many results are kept for reopening
 * @param maxTornadoWork the most incentive-years the tornado may project (two projections per row); beyond it the
 *     tornado is left out and the page says so
 */
@ConfigurationProperties("workbench.risk")
public record RiskProperties(int threads, int maxQueued, int maxPerUser, int cacheEntries, long maxTornadoWork) {
    public static final long DEFAULT_MAX_TORNADO_WORK = 500_000_000L;

    public RiskProperties {
        if (threads < 1) {
            threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
        if (maxQueued < 1) {
            maxQueued = 16;
        }
        if (maxPerUser < 1) {
            maxPerUser = 2;
        }
        if (cacheEntries < 1) {
            cacheEntries = 64;
        }
        if (maxTornadoWork < 1) {
            maxTornadoWork = DEFAULT_MAX_TORNADO_WORK;
        }
    }
}
