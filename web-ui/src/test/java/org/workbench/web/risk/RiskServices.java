package org.workbench.web.risk;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Services for tests of other packages that need a state the app's bean rarely reaches. */
public final class RiskServices {
    private RiskServices() {}

    /** A service whose one thread is held until {@code release} counts down and whose queue has no room left. */
    public static RiskService saturated(CountDownLatch release) {
        var executor = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), new ThreadPoolExecutor.AbortPolicy());
        Runnable hold = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        executor.execute(hold);
        executor.execute(hold);
        return new RiskService(executor, new RiskProperties(1, 1, 8, 4, 0));
    }
}
