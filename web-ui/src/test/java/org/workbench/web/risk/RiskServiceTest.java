package org.workbench.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.Scenario;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;

/** The service on an executor of its own, as the app's bean is built, with small bounds so that tests reach them. */
class RiskServiceTest {
    private final List<ThreadPoolExecutor> executors = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executors.forEach(ThreadPoolExecutor::shutdownNow);
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_same_inputs_draws_and_seed_give_the_same_result_as_the_engine_on_any_number_of_threads() throws Exception {
        RiskService service = service(1, 4, 8, 16);
        Scenario hefei = RiskSamples.hefei();
        RiskResult first = service.run(1, hefei, n -> {}).result().get();
        service.forgetResults();
        RiskResult second = service.run(1, hefei, n -> {}).result().get();

        assertThat(second).isNotSameAs(first);
        assertThat(second.monteCarlo()).isEqualTo(first.monteCarlo());
        MonteCarloResult onTwoThreads =
                MonteCarlo.run(hefei, MonteCarlo.Options.of(hefei.settings()).withThreads(2));
        assertThat(first.monteCarlo()).isEqualTo(onTwoThreads);
        assertThat(first.monteCarlo().draws()).isEqualTo(hefei.settings().draws());
    }

    @Test
    void a_second_run_of_the_same_inputs_comes_from_the_cache_and_an_edit_does_not() throws Exception {
        RiskService service = service(1, 4, 8, 16);
        Scenario hefei = RiskSamples.hefei();
        assertThat(service.cached(7, hefei)).isEmpty();
        RiskRun first = service.run(7, hefei, n -> {});
        RiskResult result = first.result().get();
        assertThat(first.cached()).isFalse();

        RiskRun again = service.run(7, hefei, n -> {});
        assertThat(again.cached()).isTrue();
        assertThat(again.result().getNow(null)).isSameAs(result);
        assertThat(service.cached(7, hefei)).containsSame(result);
        // Equal inputs built anew share the entry: the key is of the inputs, not of the object.
        assertThat(service.cached(7, RiskSamples.hefei())).containsSame(result);

        Scenario otherSeed = RiskSamples.withDraws(hefei, hefei.settings().draws(), 99);
        assertThat(service.cached(7, otherSeed)).isEmpty();
        assertThat(service.cached(8, hefei)).as("another scenario id").isEmpty();
    }

    @Test
    void the_cache_keeps_only_its_bound_dropping_the_least_recently_used() throws Exception {
        RiskService service = service(1, 4, 8, 2);
        Scenario a = RiskSamples.withDraws(RiskSamples.hefei(), 200, 1);
        Scenario b = RiskSamples.withDraws(RiskSamples.hefei(), 200, 2);
        Scenario c = RiskSamples.withDraws(RiskSamples.hefei(), 200, 3);
        service.run(1, a, n -> {}).result().get();
        service.run(1, b, n -> {}).result().get();
        service.cached(1, a);
        service.run(1, c, n -> {}).result().get();

        assertThat(service.cached(1, a)).isPresent();
        assertThat(service.cached(1, b)).isEmpty();
        assertThat(service.cached(1, c)).isPresent();
    }

    @Test
    void a_full_queue_refuses_a_new_run_with_a_reason_instead_of_piling_up() {
        RiskService service = service(1, 1, 8, 16);
        occupyTheOnlyThread();
        service.run(1, seeded(1), n -> {});

        assertThatThrownBy(() -> service.run(1, seeded(2), n -> {}))
                .isInstanceOfSatisfying(
                        RiskBusyException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(RiskBusyException.Reason.QUEUE_FULL));
        // Asking for a run that already waits joins it and needs no place in the queue.
        assertThat(service.run(1, seeded(1), n -> {}).result()).isNotDone();
    }

    @Test
    void one_user_cannot_hold_more_runs_than_allowed_while_another_still_can() {
        RiskService service = service(1, 8, 2, 16);
        occupyTheOnlyThread();
        TestUsers.signIn("greedy", Role.PLANNER);
        service.run(1, seeded(1), n -> {});
        service.run(1, seeded(2), n -> {});
        assertThatThrownBy(() -> service.run(1, seeded(3), n -> {}))
                .isInstanceOfSatisfying(
                        RiskBusyException.class,
                        busy -> assertThat(busy.reason()).isEqualTo(RiskBusyException.Reason.TOO_MANY_FOR_USER));

        TestUsers.signIn("patient", Role.VIEWER);
        assertThat(service.run(1, seeded(3), n -> {}).result()).isNotDone();
    }

    @Test
    void cancelling_a_waiting_run_frees_its_place_in_the_queue() {
        RiskService service = service(1, 1, 8, 16);
        occupyTheOnlyThread();
        RiskRun waiting = service.run(1, seeded(1), n -> {});
        waiting.cancel();

        assertThat(waiting.result()).isCancelled();
        assertThat(service.run(1, seeded(2), n -> {}).result()).isNotDone();
    }

    @Test
    void cancelling_a_running_run_stops_it_between_chunks_and_reports_its_progress_until_then() throws Exception {
        ThreadPoolExecutor executor = executor(1, 4);
        RiskService service = new RiskService(executor, new RiskProperties(1, 4, 8, 16, 0));
        List<Integer> progress = new CopyOnWriteArrayList<>();
        // 100,000 draws take seconds even on a quiet machine: long enough to be cancelled midway.
        Scenario long_ = RiskSamples.withDraws(RiskSamples.hefei(), 100_000, 5);
        RiskRun run = service.run(1, long_, progress::add);
        waitUntil(() -> !progress.isEmpty());
        run.cancel();

        assertThat(run.result()).isCancelled();
        waitUntil(() -> executor.getActiveCount() == 0);
        assertThat(progress).isSorted();
        assertThat(progress.getLast()).isLessThan(100_000);
        assertThat(service.cached(1, long_)).isEmpty();
    }

    @Test
    void when_two_sessions_wait_for_one_run_a_cancel_by_one_leaves_the_other_its_result() throws Exception {
        RiskService service = service(1, 4, 8, 16);
        occupyTheOnlyThread();
        Scenario scenario = seeded(4);
        RiskRun mine = service.run(1, scenario, n -> {});
        RiskRun theirs = service.run(1, scenario, n -> {});
        mine.cancel();
        release.countDown();

        RiskResult result = theirs.result().get(60, TimeUnit.SECONDS);
        assertThat(mine.result()).isCancelled();
        assertThat(result.monteCarlo().seed()).isEqualTo(4);
        assertThat(service.cached(1, scenario)).containsSame(result);
    }

    @Test
    void the_tornado_comes_with_the_draws_largest_swing_first_and_is_left_out_when_too_large() throws Exception {
        RiskService service = service(1, 4, 8, 16);
        RiskResult result = service.run(1, ranged(), n -> {}).result().get();
        assertThat(result.tornado()).isNotEmpty().hasSizeLessThanOrEqualTo(RiskResult.TORNADO_ROWS);
        assertThat(result.tornado())
                .extracting(row -> Math.abs(row.swing()))
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(result.tornadoSkipped()).isFalse();

        RiskService tight = new RiskService(executor(1, 4), new RiskProperties(1, 4, 8, 16, 1));
        RiskResult skipped = tight.run(1, ranged(), n -> {}).result().get();
        assertThat(skipped.tornadoSkipped()).isTrue();
        assertThat(skipped.tornado()).isEmpty();
        assertThat(skipped.tornadoRows()).isEqualTo(result.tornadoRows());
    }

    @Test
    void a_missing_scenario_is_refused_and_a_failing_progress_listener_does_not_end_the_run() {
        RiskService service = service(1, 4, 8, 16);
        @SuppressWarnings("NullAway")
        Scenario none = null;
        assertThatThrownBy(() -> service.run(1, none, n -> {})).isInstanceOf(NullPointerException.class);
        RiskRun run = service.run(1, ranged(), n -> {
            throw new IllegalStateException("a listener that fails");
        });
        assertThatCode(() -> run.result().get())
                .as("a failing progress listener does not end the run")
                .doesNotThrowAnyException();
    }

    private static Scenario ranged() {
        return RiskSamples.withDraws(RiskSamples.hefei(), 300, 11);
    }

    private static Scenario seeded(int seed) {
        return RiskSamples.withDraws(RiskSamples.hefei(), 200, seed);
    }

    private RiskService service(int threads, int queued, int perUser, int cache) {
        return new RiskService(executor(threads, queued), new RiskProperties(threads, queued, perUser, cache, 0));
    }

    private ThreadPoolExecutor executor(int threads, int queued) {
        var executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queued),
                new ThreadPoolExecutor.AbortPolicy());
        executors.add(executor);
        return executor;
    }

    /** Keeps the executor's one thread busy until the test ends, so that runs wait in the queue. */
    private void occupyTheOnlyThread() {
        ThreadPoolExecutor executor = executors.getLast();
        CountDownLatch started = new CountDownLatch(1);
        executor.execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            started.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not there in time");
            }
            Thread.sleep(5);
        }
    }
}
