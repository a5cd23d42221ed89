package org.workbench.web.risk;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RiskConfig {

    /**
     * Runs Monte Carlo for every session: a fixed number of threads, so that ten planners running at once do not
     * take the cores the edits need, and a bounded queue, beyond which a run is refused (the service says so as
     * {@link RiskBusyException}) rather than piling up.
     */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor riskExecutor(RiskProperties properties) {
        return new ThreadPoolExecutor(
                properties.threads(),
                properties.threads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.maxQueued()),
                Thread.ofPlatform().name("monte-carlo-run-", 1).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }
}
