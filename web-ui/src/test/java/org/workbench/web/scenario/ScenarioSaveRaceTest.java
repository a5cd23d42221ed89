package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;

/** Planners saving one scenario at the same moment, again and again: every save that succeeds is a revision. */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioSaveRaceTest {
    @Autowired
    ScenarioService service;

    @Test
    void of_four_planners_saving_one_scenario_at_once_each_success_is_one_revision_and_no_save_is_lost()
            throws Exception {
        signIn("anna", Role.PLANNER);
        Scenario start = TestScenarios.evCity("Race " + UUID.randomUUID());
        long id = service.create(start, null).id();
        SecurityContextHolder.clearContext();
        int planners = 4;
        int rounds = 15;
        var successes = new AtomicInteger();
        var conflicts = new AtomicInteger();
        var distinct = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(planners);
        try {
            for (int round = 0; round < rounds; round++) {
                var go = new CountDownLatch(1);
                List<Future<?>> saves = new ArrayList<>();
                for (int p = 0; p < planners; p++) {
                    String planner = "planner" + p;
                    saves.add(pool.submit(() -> {
                        signIn(planner, Role.PLANNER);
                        try {
                            ScenarioDetail read = service.get(id);
                            go.await();
                            double rate = 0.01 + distinct.getAndIncrement() * 1e-4;
                            service.save(
                                    new ScenarioId(id),
                                    read.version(),
                                    TestScenarios.withDiscountRate(read.scenario(), rate),
                                    null);
                            successes.incrementAndGet();
                        } catch (ScenarioConflictException expected) {
                            conflicts.incrementAndGet();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> save : saves) {
                    save.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        signIn("anna", Role.PLANNER);
        try {
            assertThat(successes.get()).isGreaterThanOrEqualTo(rounds);
            assertThat(successes.get() + conflicts.get()).isEqualTo(planners * rounds);
            assertThat(service.get(id).latestRevision()).isEqualTo(1 + successes.get());
            assertThat(service.versions(id)).hasSize(1 + successes.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
