package org.workbench.web.upload;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadConfig {

    /**
     * Reads uploaded workbooks. A fixed number of threads, so that a burst of large uploads does not take every
     * core, and a bounded queue, so that the burst cannot pile up without end: beyond it the executor refuses
     * (the service turns that into {@link UploadQueueFullException}). Not the common pool, whose threads the rest
     * of the app shares.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService uploadParsingExecutor(UploadProperties properties) {
        return new ThreadPoolExecutor(
                properties.parseThreads(),
                properties.parseThreads(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.maxQueued()),
                Thread.ofPlatform().name("upload-parse-", 1).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }
}
