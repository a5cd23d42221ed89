package org.workbench.web.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.IntConsumer;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.workbench.domain.Incentive;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.Tornado;
import org.workbench.web.base.Roles;

/**
 * Monte Carlo of a scenario off the UI thread, for every session on one bounded executor, with its results kept in
 * a bounded cache per (scenario, inputs, draws, seed) so that reopening shows them at once. Sessions that ask for the
 * same key while it runs wait for the same run. Each run uses one thread: the draws are the same to the last bit on
 * any number of threads, so this changes only how many cores Monte Carlo takes from the rest of the app.
 *
 * <p>Everyone who reads scenarios may run it: it reads only the inputs the caller already holds and stores nothing
 * but the cached result, which is keyed by those inputs.
 */
@Service
@PreAuthorize(Roles.ANY_ROLE)
@Slf4j
public class RiskService {
    private final ThreadPoolExecutor executor;
    private final RiskProperties properties;
    private final Object lock = new Object();
    // Guarded by lock. Access-ordered, so the least recently shown result goes first.
    private final LinkedHashMap<RiskKey, RiskResult> cache = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<RiskKey, Job> running = new HashMap<>();
    private final Map<String, Integer> runsPerUser = new HashMap<>();

    RiskService(@Qualifier("riskExecutor") ThreadPoolExecutor executor, RiskProperties properties) {
        this.executor = executor;
        this.properties = properties;
    }

    /** The result of these inputs if it is cached; never starts a run. */
    public Optional<RiskResult> cached(long scenarioId, Scenario scenario) {
        RiskKey key = RiskKey.of(scenarioId, scenario);
        synchronized (lock) {
            return Optional.ofNullable(cache.get(key));
        }
    }

    /**
     * Runs Monte Carlo and the tornado of the scenario with its own draws and seed, or answers from the cache.
     *
     * @param progress told the draws done so far, from the run's thread; may be called after a cancel
     * @throws RiskBusyException when the shared queue is full or the user already has {@code maxPerUser} runs
     */
    public RiskRun run(long scenarioId, Scenario scenario, IntConsumer progress) {
        RiskKey key = RiskKey.of(scenarioId, scenario);
        int draws = scenario.settings().draws();
        synchronized (lock) {
            RiskResult hit = cache.get(key);
            if (hit != null) {
                return new RiskRun(CompletableFuture.completedFuture(hit), draws, true, () -> {});
            }
            Job job = running.get(key);
            if (job == null) {
                job = start(key, scenario);
            }
            job.watchers++;
            job.listeners.add(progress);
            Job joined = job;
            return new RiskRun(job.done.copy(), draws, false, () -> leave(joined, progress));
        }
    }

    // Called with the lock held.
    private Job start(RiskKey key, Scenario scenario) {
        String user = currentUser();
        int mine = runsPerUser.getOrDefault(user, 0);
        if (mine >= properties.maxPerUser()) {
            throw new RiskBusyException(RiskBusyException.Reason.TOO_MANY_FOR_USER);
        }
        Job job = new Job(key, scenario, user);
        try {
            executor.execute(job);
        } catch (RejectedExecutionException full) {
            log.info("Monte Carlo refused: {} runs wait", executor.getQueue().size());
            throw new RiskBusyException(RiskBusyException.Reason.QUEUE_FULL);
        }
        running.put(key, job);
        runsPerUser.merge(user, 1, Integer::sum);
        return job;
    }

    private void leave(Job job, IntConsumer progress) {
        synchronized (lock) {
            job.listeners.remove(progress);
            job.watchers--;
            if (job.watchers > 0) {
                return;
            }
            job.cancelled = true;
            // A run still in the queue goes at once and frees its place; a running one stops at its next chunk.
            if (executor.remove(job)) {
                finished(job);
                job.done.completeExceptionally(new CancellationException("nobody waits for it"));
            }
        }
    }

    private void finished(Job job) {
        synchronized (lock) {
            if (running.remove(job.key, job)) {
                runsPerUser.computeIfPresent(job.user, (user, count) -> count > 1 ? count - 1 : null);
            }
        }
    }

    private RiskResult compute(Job job) {
        long started = System.nanoTime();
        Scenario scenario = job.scenario;
        MonteCarlo.Options options = MonteCarlo.Options.of(scenario.settings())
                .withThreads(1)
                .withHooks(done -> job.tell(done), () -> job.cancelled);
        MonteCarloResult monteCarlo = MonteCarlo.run(scenario, options);
        if (job.cancelled) {
            throw new CancellationException("cancelled after the draws");
        }
        long uncertain =
                scenario.incentives().stream().filter(Incentive::uncertain).count();
        long rows = scenario.ranges().size() + uncertain;
        long work =
                2 * rows * scenario.incentives().size() * scenario.settings().horizonYears();
        RiskResult result;
        if (work > properties.maxTornadoWork()) {
            result = new RiskResult(monteCarlo, 0, List.of(), (int) rows, true, millisSince(started));
        } else {
            Tornado tornado = Tornado.of(scenario);
            List<org.workbench.domain.TornadoRow> top =
                    new ArrayList<>(tornado.rows().subList(0, Math.min(RiskResult.TORNADO_ROWS, (int) rows)));
            result = new RiskResult(
                    monteCarlo, tornado.npv(), top, tornado.rows().size(), false, millisSince(started));
        }
        return result;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    /** Empties the cache, for tests that must see a run. */
    void forgetResults() {
        synchronized (lock) {
            cache.clear();
        }
    }

    private final class Job implements Runnable {
        final RiskKey key;
        final Scenario scenario;
        final String user;
        final CompletableFuture<RiskResult> done = new CompletableFuture<>();
        final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
        // Guarded by lock.
        int watchers;
        volatile boolean cancelled;

        Job(RiskKey key, Scenario scenario, String user) {
            this.key = key;
            this.scenario = scenario;
            this.user = user;
        }

        void tell(int draws) {
            for (IntConsumer listener : listeners) {
                try {
                    listener.accept(draws);
                } catch (RuntimeException e) {
                    // A session that went away must not end the run for the others.
                    log.debug("progress listener failed", e);
                }
            }
        }

        @Override
        public void run() {
            try {
                if (cancelled) {
                    throw new CancellationException("cancelled before it started");
                }
                RiskResult result = compute(this);
                synchronized (lock) {
                    cache.put(key, result);
                    while (cache.size() > properties.cacheEntries()) {
                        cache.pollFirstEntry();
                    }
                }
                finished(this);
                done.complete(result);
            } catch (RuntimeException | Error e) {
                finished(this);
                done.completeExceptionally(e);
            }
        }
    }
}
