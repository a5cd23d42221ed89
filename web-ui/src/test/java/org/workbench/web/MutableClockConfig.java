package org.workbench.web;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a test to get the app running on a {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfig {

    /** The app's one clock for this context: being a Clock, it is what every bean asking for a Clock gets. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    }
}
