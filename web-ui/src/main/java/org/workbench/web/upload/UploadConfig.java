package org.workbench.web.upload;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadConfig {

    /**
     * Reads uploaded workbooks. Bounded, so that a burst of large uploads queues instead of taking every core; not
     * the common pool, whose threads the rest of the app shares.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService uploadParsingExecutor(UploadProperties properties) {
        return Executors.newFixedThreadPool(
                properties.parseThreads(),
                Thread.ofPlatform().name("upload-parse-", 1).daemon(true).factory());
    }
}
