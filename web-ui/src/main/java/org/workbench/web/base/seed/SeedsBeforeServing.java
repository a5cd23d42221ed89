package org.workbench.web.base.seed;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupSeed}s before the web server starts. Application runners would run after it: a quick user
 * would meet a login page without accounts or an empty list, and a load balancer would see a healthy app. Started
 * just before the web server's own lifecycle phase, so a failed seed stops the start instead of serving half a
 * database.
 */
@Component
@RequiredArgsConstructor
@Slf4j
class SeedsBeforeServing implements SmartLifecycle {
    private final ObjectProvider<StartupSeed> seeds;
    private volatile boolean running;

    @Override
    public void start() {
        seeds.orderedStream().forEach(StartupSeed::seed);
        running = true;
        log.debug("Startup seeds done: the web server may open its port");
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
